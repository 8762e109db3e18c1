-- The catalogue version (decision 015): one counter, one up with every statement that writes offers, units or the
-- search vocabulary, so a server can keep search answers (spelling, results, facet counts) for a version and know,
-- with one cheap read, when they are stale, whichever server or script wrote. Triggers are not in the Prisma schema (migrate diff does not compare them).
-- BEFORE each statement, so a writer takes the counter's row lock before any offer row lock: two transactions that
-- write offers queue on the counter instead of deadlocking on it.
CREATE TABLE "CatalogueVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CatalogueVersion_pkey" PRIMARY KEY ("id")
);

INSERT INTO "CatalogueVersion" ("id") VALUES (1);

-- The body as an escaped string: Prisma Migrate (through the pg adapter) splits a migration at every semicolon, so
-- each one inside the body is written as \073.
CREATE FUNCTION "catalogueChanged"() RETURNS trigger LANGUAGE plpgsql AS
    E'BEGIN UPDATE "CatalogueVersion" SET "version" = "version" + 1 WHERE "id" = 1\073 RETURN NULL\073 END';

CREATE TRIGGER "Offer_catalogueChanged" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Offer"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalogueChanged"();

CREATE TRIGGER "Unit_catalogueChanged" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Unit"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalogueChanged"();

CREATE TRIGGER "SearchTerm_catalogueChanged" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SearchTerm"
    FOR EACH STATEMENT EXECUTE FUNCTION "catalogueChanged"();

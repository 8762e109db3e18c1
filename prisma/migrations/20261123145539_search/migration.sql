-- Trigram matching for typos: pg_trgm ships with PostgreSQL and with PGlite (lib/db/embedded.ts loads it there)
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "districts" "District"[],
ADD COLUMN     "needCategories" "NeedCategory"[],
ADD COLUMN     "needTerms" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVector" tsvector;

-- CreateTable
CREATE TABLE "SearchTerm" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchTerm_word_idx" ON "SearchTerm" USING GIN ("word" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Offer_searchVector_idx" ON "Offer" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Offer_searchText_idx" ON "Offer" USING GIN ("searchText" gin_trgm_ops);

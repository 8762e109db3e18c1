-- Keep each offer's search vector in its row (compressed) instead of the TOAST table. Offer rows average 3.4 KB, so
-- the default storage (EXTENDED) moved "searchVector" out of line and every @@ and ts_rank fetched it from TOAST:
-- counting the matches of one word over 10,000 offers took 62 ms instead of 10 ms. MAIN moves it out of line only when
-- the row cannot fit otherwise, after the long texts (summary, "searchText"). The Prisma schema cannot say this
-- (migrate diff does not compare storage), and refresh-offer-search.ts writes the column as before.
ALTER TABLE "Offer" ALTER COLUMN "searchVector" SET STORAGE MAIN;

-- The storage applies to values written from now on: rewrite the existing ones (a new value, so it is stored anew).
UPDATE "Offer" SET "searchVector" = "searchVector" || ''::tsvector WHERE "searchVector" IS NOT NULL;

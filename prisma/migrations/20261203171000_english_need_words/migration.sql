-- English lay words for every need, searched like the Danish synonyms (lib/offers/refresh-offer-search.ts): the
-- interface is bilingual, the offers are Danish, and "short of breath" must not be corrected to a Danish word.
ALTER TABLE "Need" ADD COLUMN "englishSynonyms" TEXT[];

-- Every offer's vector is made again with its needs' English words: `npm run db:seed` (run by `npm start`) writes the
-- demo needs' words and fills the search fields of offers that have none (prisma/seed.ts).
UPDATE "Offer" SET "searchVector" = NULL;

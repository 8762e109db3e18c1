-- Protected stems: the Danish stemmer gives some words the stem of a word with another meaning — "ryge" and "ryger"
-- (to smoke, a smoker) stem to "ryg", as "ryggen" (the back) does, so back pain found smoking cessation and "ryger"
-- found back training. protect_stems reads each such form as a word of its own meaning before stemming, in the offers'
-- search vectors (lib/offers/refresh-offer-search.ts) and in the query's words (lib/search/search-offers.ts) alike, so
-- the two meanings never meet. Like Elasticsearch's stemmer_override: a short list of the forms that collide, not a
-- dictionary. docs/decisions/019-protected-stems.md.
-- One expression, no semicolons: Prisma Migrate (through the pg adapter) splits a migration at every semicolon. A new
-- pair of meanings is a new migration that replaces this function (and empties the vectors, as below).
CREATE FUNCTION protect_stems(input text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    -- to smoke, smokes, a smoker, smokers: read as "rygning" (smoking), which the stemmer leaves whole
    RETURN regexp_replace(input, '\m(ryge|ryger|rygere|rygerne|ryges)\M', 'rygning', 'gi');

-- Every offer's vector is made again with the protected forms: `npm run db:seed` (run by `npm start`) fills the
-- search fields of offers that have none (prisma/seed.ts).
UPDATE "Offer" SET "searchVector" = NULL;

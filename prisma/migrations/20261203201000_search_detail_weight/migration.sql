-- The offers' first-meeting text, times, duration and exclusions get the lowest weight (D) in the search vector, apart
-- from the unit's and places' names (C): a word found only there is below the search's relevance floor
-- (lib/search/search-offers.ts). `npm run db:seed` (run by `npm start`) fills the vectors emptied here.
UPDATE "Offer" SET "searchVector" = NULL;

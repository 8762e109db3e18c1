-- Danish words that can be parts of a compound, filled from the hunspell da_DK dictionary by `npm run db:seed`
-- (lib/search/compound-parts.ts).
CREATE TABLE "CompoundPart" (
    "word" TEXT NOT NULL,

    CONSTRAINT "CompoundPart_pkey" PRIMARY KEY ("word")
);

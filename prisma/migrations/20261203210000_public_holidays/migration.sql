-- Danish public holidays for counting working days, filled by `npm run db:seed` (lib/time/public-holidays.ts).
CREATE TABLE "PublicHoliday" (
    "day" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "PublicHoliday_pkey" PRIMARY KEY ("day")
);

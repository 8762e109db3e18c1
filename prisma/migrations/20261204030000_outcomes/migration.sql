-- Structured outcomes: a no-show at the first meeting, the follow-up some months after closing with a next step (lib/unit-inbox),
-- and how many months that is per unit.
-- AlterEnum
ALTER TYPE "ReferralEventType" ADD VALUE 'NO_SHOW';
ALTER TYPE "ReferralEventType" ADD VALUE 'FOLLOWED_UP';
-- AlterEnum
ALTER TYPE "ServiceStep" ADD VALUE 'FOLLOW_UP';
-- AlterTable
ALTER TABLE "ServiceLevel" ADD COLUMN     "followUpMonths" INTEGER NOT NULL DEFAULT 3;

-- What can stand in the way of taking part (lib/routing/barriers.ts): ticked on the referral, kept with the social
-- profile for the reach reports, and the offer facts that can meet them.
-- CreateEnum
CREATE TYPE "Barrier" AS ENUM ('NO_GROUPS', 'NEEDS_TRANSPORT', 'HOME_OR_SCREEN_ONLY', 'AFTER_16_ONLY', 'OTHER');

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "costNote" TEXT,
ADD COLUMN     "homeVisits" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isFree" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "stepFreeAccess" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "transportHelp" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "barrierNote" TEXT,
ADD COLUMN     "barriers" "Barrier"[] DEFAULT ARRAY[]::"Barrier"[];

-- AlterTable
ALTER TABLE "SocialProfile" ADD COLUMN     "barriers" "Barrier"[] DEFAULT ARRAY[]::"Barrier"[];


-- Referrals sent before barriers were asked have none (an empty list, never NULL).
UPDATE "Referral" SET "barriers" = ARRAY[]::"Barrier"[] WHERE "barriers" IS NULL;
UPDATE "SocialProfile" SET "barriers" = ARRAY[]::"Barrier"[] WHERE "barriers" IS NULL;

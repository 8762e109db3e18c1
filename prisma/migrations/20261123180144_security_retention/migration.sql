-- AlterTable
ALTER TABLE "Citizen" ADD COLUMN     "pseudonymisedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "pseudonymisedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitHit_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE INDEX "RateLimitHit_windowStart_idx" ON "RateLimitHit"("windowStart");

-- CreateIndex
CREATE INDEX "Referral_closedAt_idx" ON "Referral"("closedAt");

-- Backfill: referrals closed before this migration were closed at their last status event
UPDATE "Referral" AS r SET "closedAt" = (SELECT max(e."createdAt") FROM "ReferralEvent" AS e WHERE e."referralId" = r."id")
WHERE r."status" IN ('COMPLETED', 'DECLINED', 'CITIZEN_DECLINED', 'NOT_REACHED', 'WITHDRAWN');

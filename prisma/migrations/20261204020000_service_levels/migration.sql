-- Clocks on every hand-off (lib/service-levels): the step owed on a referral, when it is due and how far an overdue step
-- has been escalated (lib/escalation), and the service levels an administrator sets per unit and for central triage.
-- Existing open referrals get their clocks from `npm run db:seed` (lib/service-levels/start-missing-clocks.ts).
-- CreateEnum
CREATE TYPE "ServiceStep" AS ENUM ('TRIAGE_DECISION', 'UNIT_OPEN', 'FIRST_CONTACT', 'FIRST_MEETING');

-- CreateEnum
CREATE TYPE "Escalation" AS ENUM ('NONE', 'REMINDED', 'ESCALATED');

-- AlterEnum
ALTER TYPE "ReferralEventType" ADD VALUE 'OVERDUE';

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "clockStartedAt" TIMESTAMP(3),
ADD COLUMN     "clockStep" "ServiceStep",
ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "escalateAt" TIMESTAMP(3),
ADD COLUMN     "escalation" "Escalation" NOT NULL DEFAULT 'NONE';

-- CreateTable
CREATE TABLE "ServiceLevel" (
    "id" TEXT NOT NULL,
    "openWorkingDays" INTEGER NOT NULL,
    "firstContactWorkingDays" INTEGER NOT NULL,
    "firstMeetingExtraWeeks" INTEGER NOT NULL,
    "decisionWorkingDays" INTEGER NOT NULL,
    "escalateAfterWorkingDays" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "ServiceLevel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Referral_destinationUnitId_dueAt_idx" ON "Referral"("destinationUnitId", "dueAt");

-- CreateIndex
CREATE INDEX "Referral_escalation_dueAt_idx" ON "Referral"("escalation", "dueAt");

-- CreateIndex
CREATE INDEX "Referral_escalation_escalateAt_idx" ON "Referral"("escalation", "escalateAt");


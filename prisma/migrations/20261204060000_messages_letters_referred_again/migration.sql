-- CreateEnum
CREATE TYPE "LetterChannel" AS ENUM ('PRINT', 'DIGITAL_POST');

-- CreateEnum
CREATE TYPE "LetterStatus" AS ENUM ('READY_TO_PRINT', 'SENT');

-- AlterEnum


ALTER TYPE "ReferralEventType" ADD VALUE 'MESSAGE';
ALTER TYPE "ReferralEventType" ADD VALUE 'CONTACT_CORRECTED';
ALTER TYPE "ReferralEventType" ADD VALUE 'REFERRED_AGAIN';

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "openingHours" TEXT;

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "previousReferralId" TEXT,
ADD COLUMN     "referrerChangedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ReferralEvent" ADD COLUMN     "threadOrganisationId" TEXT;

-- CreateTable
CREATE TABLE "CitizenLetter" (
    "id" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "referralId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "templateVersion" TEXT NOT NULL,
    "content" JSONB,
    "channel" "LetterChannel" NOT NULL,
    "status" "LetterStatus" NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "printedAt" TIMESTAMP(3),
    "printCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CitizenLetter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CitizenLetter_dedupeKey_key" ON "CitizenLetter"("dedupeKey");

-- CreateIndex
CREATE INDEX "CitizenLetter_referralId_createdAt_idx" ON "CitizenLetter"("referralId", "createdAt");

-- CreateIndex
CREATE INDEX "Referral_previousReferralId_idx" ON "Referral"("previousReferralId");

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_previousReferralId_fkey" FOREIGN KEY ("previousReferralId") REFERENCES "Referral"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenLetter" ADD CONSTRAINT "CitizenLetter_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenLetter" ADD CONSTRAINT "CitizenLetter_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


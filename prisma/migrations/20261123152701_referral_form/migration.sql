-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "duplicateReason" TEXT,
ADD COLUMN     "eligibilityUnclear" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "parentReferralId" TEXT,
ADD COLUMN     "possibleExclusion" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "unitInformation" TEXT;

-- CreateTable
CREATE TABLE "ReferralDraft" (
    "id" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReferralDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReferralDraft_idempotencyKey_key" ON "ReferralDraft"("idempotencyKey");

-- CreateIndex
CREATE INDEX "ReferralDraft_userId_updatedAt_idx" ON "ReferralDraft"("userId", "updatedAt");

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_parentReferralId_fkey" FOREIGN KEY ("parentReferralId") REFERENCES "Referral"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralDraft" ADD CONSTRAINT "ReferralDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The answers of the "Sundhedssamtale" (lib/screening), sent with the referral.
-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "screening" JSONB;

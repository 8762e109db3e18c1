-- The unit inbox's offer filter lists the unit's offers that its referrals name (lib/unit-inbox/list-unit-inbox.ts).
CREATE INDEX "Referral_offerId_destinationUnitId_idx" ON "Referral"("offerId", "destinationUnitId");

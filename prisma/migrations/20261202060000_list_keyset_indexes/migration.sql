-- Keyset paging of the lists (lib/paging): each index ends in the list's sort key and the id that breaks its ties, so
-- a page is one index range scan from the cursor. The two replaced indexes are prefixes of their successors.
DROP INDEX "Referral_referrerOrganisationId_updatedAt_idx";
DROP INDEX "Referral_route_status_sentAt_idx";

CREATE INDEX "Referral_referrerOrganisationId_updatedAt_id_idx" ON "Referral"("referrerOrganisationId", "updatedAt", "id");
CREATE INDEX "Referral_destinationUnitId_sentAt_id_idx" ON "Referral"("destinationUnitId", "sentAt", "id");
CREATE INDEX "Referral_route_status_sentAt_id_idx" ON "Referral"("route", "status", "sentAt", "id");

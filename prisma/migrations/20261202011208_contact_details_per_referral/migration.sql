-- Contact details and preferences move from the shared citizen row to each referral (docs/decisions/006): what the
-- referrer said on this referral. Every referral gets its citizen's current values, so nothing is lost.

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "citizenBestTimeToCall" TEXT,
ADD COLUMN     "citizenDistrict" "District",
ADD COLUMN     "citizenLanguage" TEXT,
ADD COLUMN     "citizenName" TEXT,
ADD COLUMN     "citizenNeedsInterpreter" BOOLEAN,
ADD COLUMN     "citizenPhone" TEXT,
ADD COLUMN     "citizenPreferredChannel" "ContactChannel";

-- Backfill. A referral the retention job already pseudonymised gets the pseudonym text only (its citizen kept the
-- identity while another referral was open, and the old pages still showed the name: no longer).
UPDATE "Referral" AS r SET
  "citizenName" = CASE WHEN r."pseudonymisedAt" IS NULL THEN c."name" ELSE 'Pseudonymiseret borger' END,
  "citizenPhone" = CASE WHEN r."pseudonymisedAt" IS NULL THEN c."phone" END,
  "citizenBestTimeToCall" = CASE WHEN r."pseudonymisedAt" IS NULL THEN c."bestTimeToCall" END,
  "citizenPreferredChannel" = CASE WHEN r."pseudonymisedAt" IS NULL THEN c."preferredChannel" END,
  "citizenLanguage" = c."language",
  "citizenNeedsInterpreter" = c."needsInterpreter",
  "citizenDistrict" = CASE WHEN r."pseudonymisedAt" IS NULL THEN c."district" END
FROM "Citizen" AS c
WHERE c."id" = r."citizenId";

ALTER TABLE "Referral" ALTER COLUMN "citizenLanguage" SET NOT NULL,
ALTER COLUMN "citizenName" SET NOT NULL,
ALTER COLUMN "citizenNeedsInterpreter" SET NOT NULL;

-- AlterTable
ALTER TABLE "Citizen" DROP COLUMN "bestTimeToCall",
DROP COLUMN "district",
DROP COLUMN "language",
DROP COLUMN "name",
DROP COLUMN "needsInterpreter",
DROP COLUMN "phone",
DROP COLUMN "preferredChannel";

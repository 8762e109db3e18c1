-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('GP_PRACTICE', 'JOBCENTRE', 'HOSPITAL', 'SOCIAL_SERVICES', 'UNIT', 'CENTRAL_TRIAGE', 'MUNICIPALITY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('GP', 'PRACTICE_STAFF', 'JOBCENTRE_STAFF', 'SOCIAL_WORKER', 'HOSPITAL_STAFF', 'TRIAGE_COORDINATOR', 'UNIT_STAFF', 'MANAGER', 'ADMIN');

-- CreateEnum
CREATE TYPE "NotificationMode" AS ENUM ('IMMEDIATE', 'DAILY_DIGEST');

-- CreateEnum
CREATE TYPE "District" AS ENUM ('INDRE_BY', 'OESTERBRO', 'NOERREBRO', 'VESTERBRO_KONGENS_ENGHAVE', 'VALBY', 'VANLOESE', 'BROENSHOEJ_HUSUM', 'BISPEBJERG', 'AMAGER_OEST', 'AMAGER_VEST');

-- CreateEnum
CREATE TYPE "ProviderKind" AS ENUM ('CITY_UNIT', 'SOCIAL', 'CIVIL_SOCIETY', 'LOCAL');

-- CreateEnum
CREATE TYPE "NeedCategory" AS ENUM ('BODY', 'BREATHING_AND_HEART', 'MIND', 'HABITS', 'SOCIAL', 'WORK_AND_EVERYDAY', 'LIVING_WITH_ILLNESS');

-- CreateEnum
CREATE TYPE "OfferFormat" AS ENUM ('INDIVIDUAL', 'GROUP', 'ONLINE');

-- CreateEnum
CREATE TYPE "CapacityStatus" AS ENUM ('OPEN', 'LIMITED', 'FULL');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('FEMALE', 'MALE');

-- CreateEnum
CREATE TYPE "ContactChannel" AS ENUM ('PHONE', 'LETTER', 'DIGITAL_POST');

-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('SHORT', 'MEDIUM', 'LONG', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "EmploymentStatus" AS ENUM ('EMPLOYED', 'UNEMPLOYED', 'SICK_LEAVE', 'EARLY_RETIREMENT', 'RETIRED', 'STUDENT', 'OTHER', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "RoutingDestination" AS ENUM ('UNIT', 'TRIAGE');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('DRAFT', 'SENT', 'RECEIVED', 'IN_TRIAGE', 'AWAITING_INFORMATION', 'FORWARDED', 'ACCEPTED', 'FIRST_MEETING_BOOKED', 'STARTED', 'COMPLETED', 'DECLINED', 'CITIZEN_DECLINED', 'NOT_REACHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('NORMAL', 'HIGH');

-- CreateEnum
CREATE TYPE "ReferralEventType" AS ENUM ('SENT', 'RECEIVED', 'CLAIMED', 'RELEASED', 'INFORMATION_REQUESTED', 'INFORMATION_PROVIDED', 'FORWARDED', 'PRIORITY_CHANGED', 'SEEN', 'ACCEPTED', 'FIRST_MEETING_BOOKED', 'CONTACT_ATTEMPT', 'STARTED', 'COMPLETED', 'DECLINED', 'CITIZEN_DECLINED', 'NOT_REACHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ContactOutcome" AS ENUM ('REACHED', 'NO_ANSWER', 'LEFT_MESSAGE', 'WRONG_NUMBER', 'SENT');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "type" "OrganisationType" NOT NULL,
    "name" TEXT NOT NULL,
    "providerNumber" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "district" "District",
    "notificationMode" "NotificationMode" NOT NULL DEFAULT 'IMMEDIATE',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "role" "Role" NOT NULL,
    "organisationId" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" "ProviderKind" NOT NULL,
    "description" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "organisationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Need" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "category" "NeedCategory" NOT NULL,
    "synonyms" TEXT[],
    "description" TEXT,

    CONSTRAINT "Need_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "firstMeeting" TEXT NOT NULL,
    "forWhom" TEXT NOT NULL,
    "diagnosisRequired" BOOLEAN NOT NULL DEFAULT false,
    "requiredDiagnoses" TEXT[],
    "minAge" INTEGER,
    "maxAge" INTEGER,
    "exclusionCriteria" TEXT[],
    "formats" "OfferFormat"[],
    "languages" TEXT[],
    "interpreterAvailable" BOOLEAN NOT NULL DEFAULT false,
    "schedule" TEXT NOT NULL,
    "hasEveningTimes" BOOLEAN NOT NULL DEFAULT false,
    "duration" TEXT,
    "waitingWeeks" INTEGER,
    "capacityStatus" "CapacityStatus" NOT NULL DEFAULT 'OPEN',
    "waitingUpdatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "newUntil" TIMESTAMP(3),
    "referralRequirements" TEXT[],
    "takesReferrals" BOOLEAN NOT NULL DEFAULT true,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "lastCheckedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferLocation" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "district" "District" NOT NULL,
    "transportNote" TEXT,

    CONSTRAINT "OfferLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citizen" (
    "id" TEXT NOT NULL,
    "cpr" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "bestTimeToCall" TEXT,
    "preferredChannel" "ContactChannel",
    "language" TEXT NOT NULL DEFAULT 'da',
    "needsInterpreter" BOOLEAN NOT NULL DEFAULT false,
    "district" "District",
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Citizen_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "referrerOrganisationId" TEXT NOT NULL,
    "referrerUserId" TEXT NOT NULL,
    "responsibleGpId" TEXT,
    "citizenId" TEXT NOT NULL,
    "needsText" TEXT,
    "diagnoses" TEXT[],
    "multiMorbidity" BOOLEAN NOT NULL DEFAULT false,
    "socialNeeds" BOOLEAN NOT NULL DEFAULT false,
    "socialSituation" TEXT,
    "offerId" TEXT,
    "route" "RoutingDestination" NOT NULL,
    "routingReasons" TEXT[],
    "destinationUnitId" TEXT,
    "status" "ReferralStatus" NOT NULL,
    "priority" "Priority" NOT NULL DEFAULT 'NORMAL',
    "assignedToId" TEXT,
    "consentGiven" BOOLEAN NOT NULL DEFAULT false,
    "consentAt" TIMESTAMP(3),
    "messageToReceiver" TEXT,
    "firstMeetingAt" TIMESTAMP(3),
    "firstMeetingPlace" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialProfile" (
    "id" TEXT NOT NULL,
    "referralId" TEXT NOT NULL,
    "ageBand" TEXT NOT NULL,
    "sex" "Sex" NOT NULL,
    "district" "District",
    "educationLevel" "EducationLevel" NOT NULL DEFAULT 'UNKNOWN',
    "employmentStatus" "EmploymentStatus" NOT NULL DEFAULT 'UNKNOWN',
    "livesAlone" BOOLEAN,
    "language" TEXT NOT NULL DEFAULT 'da',
    "needsInterpreter" BOOLEAN NOT NULL DEFAULT false,
    "chronicConditionCount" INTEGER,
    "referrerType" "OrganisationType" NOT NULL,

    CONSTRAINT "SocialProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralEvent" (
    "id" TEXT NOT NULL,
    "referralId" TEXT NOT NULL,
    "type" "ReferralEventType" NOT NULL,
    "fromStatus" "ReferralStatus",
    "toStatus" "ReferralStatus" NOT NULL,
    "actorUserId" TEXT,
    "actorOrganisationId" TEXT,
    "actorRole" "Role",
    "reason" TEXT,
    "note" TEXT,
    "alternativeOfferId" TEXT,
    "alternativeText" TEXT,
    "toUnitId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferralEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactAttempt" (
    "id" TEXT NOT NULL,
    "referralId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "channel" "ContactChannel" NOT NULL,
    "outcome" "ContactOutcome" NOT NULL,
    "note" TEXT,
    "attemptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "organisationId" TEXT,
    "role" "Role",
    "action" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" TEXT,
    "citizenId" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_NeedToOffer" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_NeedToOffer_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_NeedToReferral" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_NeedToReferral_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_providerNumber_key" ON "Organisation"("providerNumber");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_slug_key" ON "Unit"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_organisationId_key" ON "Unit"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Need_slug_key" ON "Need"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Offer_slug_key" ON "Offer"("slug");

-- CreateIndex
CREATE INDEX "Offer_unitId_idx" ON "Offer"("unitId");

-- CreateIndex
CREATE INDEX "OfferLocation_offerId_idx" ON "OfferLocation"("offerId");

-- CreateIndex
CREATE INDEX "OfferLocation_district_idx" ON "OfferLocation"("district");

-- CreateIndex
CREATE UNIQUE INDEX "Citizen_cpr_key" ON "Citizen"("cpr");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_number_key" ON "Referral"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_idempotencyKey_key" ON "Referral"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Referral_referrerOrganisationId_updatedAt_idx" ON "Referral"("referrerOrganisationId", "updatedAt");

-- CreateIndex
CREATE INDEX "Referral_destinationUnitId_status_idx" ON "Referral"("destinationUnitId", "status");

-- CreateIndex
CREATE INDEX "Referral_route_status_sentAt_idx" ON "Referral"("route", "status", "sentAt");

-- CreateIndex
CREATE INDEX "Referral_citizenId_idx" ON "Referral"("citizenId");

-- CreateIndex
CREATE UNIQUE INDEX "SocialProfile_referralId_key" ON "SocialProfile"("referralId");

-- CreateIndex
CREATE INDEX "ReferralEvent_referralId_createdAt_idx" ON "ReferralEvent"("referralId", "createdAt");

-- CreateIndex
CREATE INDEX "ContactAttempt_referralId_idx" ON "ContactAttempt"("referralId");

-- CreateIndex
CREATE INDEX "AuditLog_citizenId_at_idx" ON "AuditLog"("citizenId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_userId_at_idx" ON "AuditLog"("userId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "_NeedToOffer_B_index" ON "_NeedToOffer"("B");

-- CreateIndex
CREATE INDEX "_NeedToReferral_B_index" ON "_NeedToReferral"("B");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferLocation" ADD CONSTRAINT "OfferLocation_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_referrerOrganisationId_fkey" FOREIGN KEY ("referrerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_referrerUserId_fkey" FOREIGN KEY ("referrerUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_responsibleGpId_fkey" FOREIGN KEY ("responsibleGpId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "Citizen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_destinationUnitId_fkey" FOREIGN KEY ("destinationUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialProfile" ADD CONSTRAINT "SocialProfile_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralEvent" ADD CONSTRAINT "ReferralEvent_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralEvent" ADD CONSTRAINT "ReferralEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralEvent" ADD CONSTRAINT "ReferralEvent_actorOrganisationId_fkey" FOREIGN KEY ("actorOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralEvent" ADD CONSTRAINT "ReferralEvent_alternativeOfferId_fkey" FOREIGN KEY ("alternativeOfferId") REFERENCES "Offer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralEvent" ADD CONSTRAINT "ReferralEvent_toUnitId_fkey" FOREIGN KEY ("toUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactAttempt" ADD CONSTRAINT "ContactAttempt_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactAttempt" ADD CONSTRAINT "ContactAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "Citizen"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NeedToOffer" ADD CONSTRAINT "_NeedToOffer_A_fkey" FOREIGN KEY ("A") REFERENCES "Need"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NeedToOffer" ADD CONSTRAINT "_NeedToOffer_B_fkey" FOREIGN KEY ("B") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NeedToReferral" ADD CONSTRAINT "_NeedToReferral_A_fkey" FOREIGN KEY ("A") REFERENCES "Need"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NeedToReferral" ADD CONSTRAINT "_NeedToReferral_B_fkey" FOREIGN KEY ("B") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

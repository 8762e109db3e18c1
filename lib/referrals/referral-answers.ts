import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What the referrer answered on the form about the citizen's needs, the destination and consent: shown on case pages
 * and copied when a referral is split.
 */
export const referralAnswersSelect = {
  needsText: true,
  diagnoses: true,
  multiMorbidity: true,
  socialNeeds: true,
  socialSituation: true,
  barriers: true,
  barrierNote: true,
  screening: true,
  possibleExclusion: true,
  eligibilityUnclear: true,
  unitInformation: true,
  duplicateReason: true,
  messageToReceiver: true,
  consentGiven: true,
  consentAt: true,
} satisfies Prisma.ReferralSelect;

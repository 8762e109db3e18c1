import type { Prisma } from "@/lib/generated/prisma/client";

/** Every field of the shared social profile (the same fields on every referral, for the reach overview): shown on case pages and copied when a referral is split. */
export const socialProfileSelect = {
  ageBand: true,
  sex: true,
  district: true,
  educationLevel: true,
  employmentStatus: true,
  livesAlone: true,
  language: true,
  needsInterpreter: true,
  chronicConditionCount: true,
  barriers: true,
  referrerType: true,
} satisfies Prisma.SocialProfileSelect;

// A closed referral's form values for making it again ("Henvis til alternativet"): the citizen, the contact details and
// preferences, the needs, the barriers and the social profile as the referrer gave them, the offer to refer to now,
// and the link back. Not what was said to the old unit (its questions, the message to it) and never the consent,
// which the citizen gives again for the new offer. Pure.
import { formatCpr } from "@/lib/citizens/cpr";
import type { Barrier, ContactChannel, District, EducationLevel, EmploymentStatus } from "@/lib/generated/prisma/enums";
import { emptyFormValues, type FormValues } from "./referral-form-values";

export interface ReferralToRepeat {
  id: string;
  citizen: { cpr: string };
  citizenName: string;
  citizenPhone: string | null;
  citizenBestTimeToCall: string | null;
  citizenPreferredChannel: ContactChannel | null;
  citizenLanguage: string;
  citizenNeedsInterpreter: boolean;
  citizenDistrict: District | null;
  needs: { slug: string }[];
  needsText: string | null;
  diagnoses: string[];
  multiMorbidity: boolean;
  socialNeeds: boolean;
  socialSituation: string | null;
  barriers: Barrier[];
  barrierNote: string | null;
  responsibleGpId: string | null;
  socialProfile: { educationLevel: EducationLevel; employmentStatus: EmploymentStatus; livesAlone: boolean | null; chronicConditionCount: number | null } | null;
}

const box = (value: boolean) => (value ? "on" : "");

/** The new form's values: the old referral's, the offer to refer to ("" lets the referrer choose, or leaves it to triage). */
export function referAgainValues(referral: ReferralToRepeat, offerSlug: string): FormValues {
  const profile = referral.socialProfile;
  return {
    ...emptyFormValues(),
    cpr: formatCpr(referral.citizen.cpr),
    citizenName: referral.citizenName,
    phone: referral.citizenPhone ?? "",
    bestTimeToCall: referral.citizenBestTimeToCall ?? "",
    preferredChannel: referral.citizenPreferredChannel ?? "",
    language: referral.citizenLanguage,
    needsInterpreter: box(referral.citizenNeedsInterpreter),
    district: referral.citizenDistrict ?? "",
    needSlugs: referral.needs.map((need) => need.slug),
    needsText: referral.needsText ?? "",
    diagnoses: referral.diagnoses.join("\n"),
    multiMorbidity: box(referral.multiMorbidity),
    chronicConditionCount: profile?.chronicConditionCount == null ? "" : String(profile.chronicConditionCount),
    socialNeeds: box(referral.socialNeeds),
    socialSituation: referral.socialSituation ?? "",
    barriers: [...referral.barriers],
    barrierNote: referral.barrierNote ?? "",
    educationLevel: profile?.educationLevel ?? "UNKNOWN",
    employmentStatus: profile?.employmentStatus ?? "UNKNOWN",
    livesAlone: profile?.livesAlone == null ? "" : profile.livesAlone ? "yes" : "no",
    responsibleGpId: referral.responsibleGpId ?? "",
    offerSlug,
    previousReferralId: referral.id,
  };
}

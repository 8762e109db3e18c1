import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/generated/prisma/enums";

/** How texts on a referral name whoever referred it: "lægen", "jobcentret", "socialrådgiveren" … (messages "referrerNames"). */
export type ReferrerWords = {
  /** "lægen" */
  referrer: string;
  /** "Lægen", to start a sentence. */
  Referrer: string;
  /** "lægens" */
  referrers: string;
};

const REFERRER_ROLES: readonly Role[] = ["GP", "PRACTICE_STAFF", "JOBCENTRE_STAFF", "SOCIAL_WORKER", "HOSPITAL_STAFF"];

/** The words for a referral sent by a user of this role; "henviseren" for anyone else (or nobody known). */
export async function referrerWords(role: Role | null | undefined): Promise<ReferrerWords> {
  const t = await getTranslations("referrerNames");
  const kind = role && REFERRER_ROLES.includes(role) ? role : "other";
  return { referrer: t(`${kind}.the`), Referrer: t(`${kind}.The`), referrers: t(`${kind}.ofThe`) };
}

// What the retention job (./pseudonymise.ts) writes in place of a citizen's identity, and how pages recognise it.
// Pure, no I/O: used by the job and by the components that show a citizen.
import { formatCpr, maskCpr } from "@/lib/citizens/cpr";

/** A pseudonym starts with letters, so it can never be mistaken for (or collide with) a real, ten-digit CPR number. */
export const PSEUDONYM_PREFIX = "PSEUDO-";
/** The name a pseudonymised referral carries; pages show their own word for it (messages "referrals.pseudonymised"). */
export const PSEUDONYMISED_NAME = "Pseudonymiseret borger";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A new random pseudonym for a citizen's CPR column (unique, like the CPR numbers it replaces). */
export function newPseudonym(): string {
  return `${PSEUDONYM_PREFIX}${crypto.randomUUID()}`;
}

export function isPseudonym(cpr: string): boolean {
  return cpr.startsWith(PSEUDONYM_PREFIX);
}

/** Referrals closed before this moment are past the retention period. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

export interface ShownCitizen {
  pseudonymised: boolean;
  name: string;
  cpr: string;
}

/** A referral as far as it names its citizen: the name the referrer gave on it, and the shared CPR number. */
export interface ReferralCitizen {
  citizenName: string;
  pseudonymisedAt: Date | null;
  citizen: { cpr: string };
}

/**
 * What a page shows of a referral's citizen: the name given on this referral and the CPR number (masked in lists, in
 * full on a case page) — or, once the retention job has pseudonymised the referral, only the page's word for that,
 * never the pseudonym itself, and no CPR number either, even while another referral keeps the citizen's identity.
 */
export function shownCitizen(referral: ReferralCitizen, cpr: "masked" | "full", pseudonymisedLabel: string): ShownCitizen {
  if (referral.pseudonymisedAt || isPseudonym(referral.citizen.cpr)) return { pseudonymised: true, name: pseudonymisedLabel, cpr: pseudonymisedLabel };
  return { pseudonymised: false, name: referral.citizenName, cpr: cpr === "masked" ? maskCpr(referral.citizen.cpr) : formatCpr(referral.citizen.cpr) };
}

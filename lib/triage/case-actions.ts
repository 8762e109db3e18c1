// Which decisions the case page offers a coordinator, from the case as shown. Pure; the lib/triage functions check the
// same conditions again in their conditional updates, so a stale page can never do more than this says.
import type { ReferralStatus, RoutingDestination } from "@/lib/generated/prisma/enums";

export interface CaseState {
  route: RoutingDestination;
  destinationUnitId: string | null;
  status: ReferralStatus;
  assignedToId: string | null;
}

export interface CaseActions {
  /** "Tag sagen": waiting in the queue, nobody has it or a colleague gave it to the user. */
  claim: boolean;
  /** "Læg tilbage i køen", forward, ask the referrer, decline: the user has taken it. */
  decide: boolean;
  /** Priority can change while the case is with triage and nobody else has it. */
  changePriority: boolean;
  /** "Giv sagen til en kollega": any coordinator, while the case is in the queue or taken. */
  assign: boolean;
}

/** A triage case is open (not yet decided) in these statuses. */
export const OPEN_TRIAGE_STATUSES: readonly ReferralStatus[] = ["RECEIVED", "IN_TRIAGE", "AWAITING_INFORMATION"];

export function caseActions(referral: CaseState, userId: string): CaseActions {
  const withTriage = referral.route === "TRIAGE" && referral.destinationUnitId === null;
  const mine = referral.assignedToId === userId;
  return {
    claim: withTriage && referral.status === "RECEIVED" && (referral.assignedToId === null || mine),
    decide: withTriage && referral.status === "IN_TRIAGE" && mine,
    changePriority: withTriage && OPEN_TRIAGE_STATUSES.includes(referral.status) && (referral.assignedToId === null || mine),
    assign: withTriage && (referral.status === "RECEIVED" || referral.status === "IN_TRIAGE"),
  };
}

// Which actions the unit's referral page offers, derived from the lifecycle table (lib/referrals/transitions.ts).
// Pure; lib/unit-inbox checks the move again with transitionReferral, so a stale page can never do more than this says.
import type { ReferralEventType, ReferralStatus } from "@/lib/generated/prisma/enums";
import { allowedEvents } from "@/lib/referrals/transitions";

export const UNIT_ACTIONS = {
  accept: "ACCEPTED",
  bookFirstMeeting: "FIRST_MEETING_BOOKED",
  logContactAttempt: "CONTACT_ATTEMPT",
  start: "STARTED",
  noShow: "NO_SHOW",
  decline: "DECLINED",
  forward: "FORWARDED",
} as const satisfies Record<string, ReferralEventType>;

export type UnitAction = keyof typeof UNIT_ACTIONS;

export function unitActions(status: ReferralStatus): Record<UnitAction, boolean> {
  const allowed = new Set(allowedEvents(status));
  return Object.fromEntries(Object.entries(UNIT_ACTIONS).map(([action, event]) => [action, allowed.has(event)])) as Record<UnitAction, boolean>;
}

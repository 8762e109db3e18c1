// What the practice reads first on a referral's page: did it arrive, and is anyone taking care of the citizen? One
// state per referral, from its status, the unit that has it, the first meeting and the timeline; the page says it in
// one or two plain sentences. Pure.
import type { ReferralEventType, ReferralStatus } from "@/lib/generated/prisma/enums";

export interface ReferralStateInput {
  status: ReferralStatus;
  /** The unit that has the referral now; null while it is with central triage. */
  unitName: string | null;
  firstMeetingAt: Date | null;
  firstMeetingPlace: string | null;
  /** The timeline, oldest first. */
  events: readonly { type: ReferralEventType; createdAt: Date }[];
}

/** Closed: nothing more happens to the referral. */
export type ReferralEnd = "COMPLETED" | "DECLINED" | "CITIZEN_DECLINED" | "NOT_REACHED" | "WITHDRAWN";

/** `unitName` null: central triage has it. `contactAttempts`: tries to reach the citizen since it was last received. */
export type ReferralState =
  | { kind: "ON_ITS_WAY"; unitName: string | null }
  | { kind: "RECEIVED"; unitName: string | null; receivedAt: Date; openedAt: Date | null; neverOpened: boolean; contactAttempts: number }
  | { kind: "IN_TRIAGE"; since: Date }
  | { kind: "AWAITING_INFORMATION"; unitName: string | null; since: Date }
  | { kind: "ACCEPTED"; unitName: string | null; at: Date; contactAttempts: number }
  | { kind: "FIRST_MEETING_BOOKED"; unitName: string | null; meeting: { at: Date; place: string | null } | null }
  | { kind: "STARTED"; unitName: string | null; at: Date }
  | { kind: ReferralEnd; unitName: string | null; at: Date; contactAttempts: number };

/** The referral's state now, as the practice should read it. */
export function describeReferralState(referral: ReferralStateInput): ReferralState {
  const { status, unitName, events } = referral;
  const lastIndexOf = (type: ReferralEventType) => events.findLastIndex((event) => event.type === type);
  const lastAt = (type: ReferralEventType) => events[lastIndexOf(type)]?.createdAt ?? events.at(-1)?.createdAt ?? new Date(0);
  const received = lastIndexOf("RECEIVED");
  const sinceReceived = received < 0 ? [] : events.slice(received + 1);
  const contactAttempts = sinceReceived.filter((event) => event.type === "CONTACT_ATTEMPT").length;

  switch (status) {
    case "DRAFT":
    case "SENT":
    case "FORWARDED":
      return { kind: "ON_ITS_WAY", unitName };
    case "RECEIVED":
      return {
        kind: "RECEIVED",
        unitName,
        receivedAt: lastAt("RECEIVED"),
        // A unit's first opening is recorded once per referral: after a forward, the new unit's opening may not be.
        openedAt: sinceReceived.find((event) => event.type === "SEEN")?.createdAt ?? null,
        neverOpened: unitName !== null && !events.some((event) => event.type === "SEEN"),
        contactAttempts,
      };
    case "IN_TRIAGE":
      return { kind: "IN_TRIAGE", since: lastAt("CLAIMED") };
    case "AWAITING_INFORMATION":
      return { kind: "AWAITING_INFORMATION", unitName, since: lastAt("INFORMATION_REQUESTED") };
    case "ACCEPTED":
      return { kind: "ACCEPTED", unitName, at: lastAt("ACCEPTED"), contactAttempts };
    case "FIRST_MEETING_BOOKED":
      return {
        kind: "FIRST_MEETING_BOOKED",
        unitName,
        meeting: referral.firstMeetingAt ? { at: referral.firstMeetingAt, place: referral.firstMeetingPlace } : null,
      };
    case "STARTED":
      return { kind: "STARTED", unitName, at: lastAt("STARTED") };
    case "COMPLETED":
    case "DECLINED":
    case "CITIZEN_DECLINED":
    case "NOT_REACHED":
    case "WITHDRAWN":
      return { kind: status, unitName, at: lastAt(status), contactAttempts };
  }
}

// The referral lifecycle (modelled on HL7 FHIR Task; docs/architecture.md) as one table: which events a status
// allows and where each leads. The caller checks the rest of a move (who may do it, decline reason and alternative,
// logged contact attempts) and writes the status event in the same transaction.
import type { ReferralEventType, ReferralStatus } from "@/lib/generated/prisma/enums";

type Moves = Partial<Record<ReferralEventType, ReferralStatus>>;

const TRANSITIONS: Readonly<Record<ReferralStatus, Moves>> = {
  DRAFT: { SENT: "SENT" },
  SENT: {
    RECEIVED: "RECEIVED",
    PRIORITY_CHANGED: "SENT",
    WITHDRAWN: "WITHDRAWN",
  },
  RECEIVED: {
    CLAIMED: "IN_TRIAGE",
    ASSIGNED: "RECEIVED",
    SEEN: "RECEIVED",
    INFORMATION_REQUESTED: "AWAITING_INFORMATION",
    FORWARDED: "FORWARDED",
    PRIORITY_CHANGED: "RECEIVED",
    ACCEPTED: "ACCEPTED",
    CONTACT_ATTEMPT: "RECEIVED",
    DECLINED: "DECLINED",
    CITIZEN_DECLINED: "CITIZEN_DECLINED",
    NOT_REACHED: "NOT_REACHED",
    WITHDRAWN: "WITHDRAWN",
  },
  // Triage does not accept: it forwards to a unit, asks the referrer, or declines with an alternative.
  IN_TRIAGE: {
    RELEASED: "RECEIVED",
    ASSIGNED: "IN_TRIAGE",
    INFORMATION_REQUESTED: "AWAITING_INFORMATION",
    FORWARDED: "FORWARDED",
    PRIORITY_CHANGED: "IN_TRIAGE",
    DECLINED: "DECLINED",
    WITHDRAWN: "WITHDRAWN",
  },
  // The answer puts the case back in the queue, whoever asked.
  AWAITING_INFORMATION: {
    INFORMATION_PROVIDED: "RECEIVED",
    PRIORITY_CHANGED: "AWAITING_INFORMATION",
    WITHDRAWN: "WITHDRAWN",
  },
  // Never bounced back: the new unit receives it.
  FORWARDED: {
    RECEIVED: "RECEIVED",
    PRIORITY_CHANGED: "FORWARDED",
    WITHDRAWN: "WITHDRAWN",
  },
  // Closing before the start: the citizen said no (CITIZEN_DECLINED), was not reached, or moved / other (COMPLETED
  // with that outcome: docs/decisions/024-structured-outcomes.md). Started only from a booked meeting that has been held.
  ACCEPTED: {
    INFORMATION_REQUESTED: "AWAITING_INFORMATION",
    FORWARDED: "FORWARDED",
    PRIORITY_CHANGED: "ACCEPTED",
    FIRST_MEETING_BOOKED: "FIRST_MEETING_BOOKED",
    CONTACT_ATTEMPT: "ACCEPTED",
    ASSIGNED: "ACCEPTED",
    COMPLETED: "COMPLETED",
    DECLINED: "DECLINED",
    CITIZEN_DECLINED: "CITIZEN_DECLINED",
    NOT_REACHED: "NOT_REACHED",
    WITHDRAWN: "WITHDRAWN",
  },
  // A no-show puts it back to be booked again.
  FIRST_MEETING_BOOKED: {
    FIRST_MEETING_BOOKED: "FIRST_MEETING_BOOKED",
    PRIORITY_CHANGED: "FIRST_MEETING_BOOKED",
    CONTACT_ATTEMPT: "FIRST_MEETING_BOOKED",
    ASSIGNED: "FIRST_MEETING_BOOKED",
    NO_SHOW: "ACCEPTED",
    STARTED: "STARTED",
    COMPLETED: "COMPLETED",
    CITIZEN_DECLINED: "CITIZEN_DECLINED",
    NOT_REACHED: "NOT_REACHED",
    WITHDRAWN: "WITHDRAWN",
  },
  // Every outcome after the start ends as COMPLETED, the outcome saying how.
  STARTED: {
    PRIORITY_CHANGED: "STARTED",
    ASSIGNED: "STARTED",
    COMPLETED: "COMPLETED",
    WITHDRAWN: "WITHDRAWN",
  },
  // Closed; the unit's follow-up on the next step is recorded on it, the status stays.
  COMPLETED: { FOLLOWED_UP: "COMPLETED" },
  DECLINED: {},
  CITIZEN_DECLINED: { FOLLOWED_UP: "CITIZEN_DECLINED" },
  NOT_REACHED: { FOLLOWED_UP: "NOT_REACHED" },
  WITHDRAWN: {},
};

/** Not yet at an end. */
export const OPEN_STATUSES: readonly ReferralStatus[] = [
  "DRAFT",
  "SENT",
  "RECEIVED",
  "IN_TRIAGE",
  "AWAITING_INFORMATION",
  "FORWARDED",
  "ACCEPTED",
  "FIRST_MEETING_BOOKED",
  "STARTED",
];

/** Nothing leaves these (a follow-up is recorded on them without leaving). */
export const CLOSED_STATUSES: readonly ReferralStatus[] = ["COMPLETED", "DECLINED", "CITIZEN_DECLINED", "NOT_REACHED", "WITHDRAWN"];

export class TransitionError extends Error {
  override name = "TransitionError";
  constructor(
    readonly from: ReferralStatus,
    readonly event: ReferralEventType,
  ) {
    super(`A referral in status ${from} does not allow the event ${event}`);
  }
}

/** The status after the event; throws TransitionError when the lifecycle does not allow the move. */
export function nextStatus(current: ReferralStatus, event: ReferralEventType): ReferralStatus {
  const to = TRANSITIONS[current][event];
  if (to === undefined) throw new TransitionError(current, event);
  return to;
}

/** The events a referral in this status allows, in the table's order. */
export function allowedEvents(current: ReferralStatus): ReferralEventType[] {
  return Object.keys(TRANSITIONS[current]) as ReferralEventType[];
}

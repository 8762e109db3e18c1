// The words of the referral lifecycle that triage, units and practices share, and what a status event records besides
// its status: ReferralEvent.details, one shape per kind of event, checked by this union when written and read back by
// it. Free words a person typed stay in the event's note and alternativeText columns (retention blanks those), except
// words that came from before the details column ("TEXT", blanked by retention too). Pure.
import { z } from "zod";
import { ContactChannel, ContactOutcome, Priority, ServiceStep, type ReferralEventType } from "@/lib/generated/prisma/enums";
import { text } from "@/lib/validation/text";

/** Why a referral cannot be used (FHIR Task.statusReason). Labels: messages "decline.reasons". */
export const DECLINE_REASONS = ["NOT_IN_TARGET_GROUP", "NEEDS_OTHER_HELP", "CITIZEN_TOO_ILL", "OUTSIDE_MUNICIPALITY", "OTHER"] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/**
 * How a referral ended, recorded by the unit that closes it (docs/decisions/024-structured-outcomes.md maps each to the
 * lifecycle's end status). Labels: messages "outcomes.outcomes".
 */
export const OUTCOMES = ["COMPLETED_AS_PLANNED", "STOPPED_AFTER_START", "DECLINED_BEFORE_START", "NOT_REACHED", "MOVED_OR_OTHER"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Why a referral did not end as planned, for the reach reports. "OTHER" is said in words. Labels: "outcomes.reasons". */
export const OUTCOME_REASONS = ["TRANSPORT", "TIME_OF_DAY", "GROUP_FORMAT", "LANGUAGE", "TOO_ILL", "SOCIAL_SITUATION", "NO_LONGER_WANTED", "OTHER"] as const;
export type OutcomeReason = (typeof OUTCOME_REASONS)[number];

/** What comes after: an offer from the catalogue (the event's alternativeOffer), or nothing needed. */
export const NEXT_STEPS = ["OFFER", "NOTHING_NEEDED"] as const;

/** The answer to the follow-up: did the citizen get going in the next step? */
export const FOLLOW_UP_ANSWERS = ["GOT_GOING", "DID_NOT", "UNKNOWN"] as const;

/** The outcomes a unit records for a contact attempt, in the order the form offers them. */
export const CONTACT_OUTCOMES = [ContactOutcome.NO_ANSWER, ContactOutcome.LEFT_MESSAGE, ContactOutcome.WRONG_NUMBER, ContactOutcome.SENT, ContactOutcome.REACHED] as const;
export const CONTACT_CHANNELS = [ContactChannel.PHONE, ContactChannel.LETTER, ContactChannel.DIGITAL_POST] as const;

const decline = z.object({ kind: z.literal("DECLINE"), reason: z.enum(DECLINE_REASONS) });
const contact = z.object({ kind: z.literal("CONTACT"), channel: z.enum(CONTACT_CHANNELS), outcome: z.enum(CONTACT_OUTCOMES) });
/** The booked meeting's time; its place is the event's note (words the unit typed). */
const meeting = z.object({ kind: z.literal("MEETING"), at: z.iso.datetime() });
const priority = z.object({ kind: z.literal("PRIORITY"), priority: z.enum(Priority) });
/** A referral made for one more offer when a referral was forwarded to several. */
const split = z.object({ kind: z.literal("SPLIT") });
/** A unit sent the referral back to central triage (the forward's unit is the event's toUnitId otherwise). */
const toCentralTriage = z.object({ kind: z.literal("TO_CENTRAL_TRIAGE") });
/** A step not done in time (lib/escalation): the holder was reminded, or it went on to central triage and the managers. */
export const OVERDUE_LEVELS = ["REMINDED", "ESCALATED"] as const;
const overdue = z.object({ kind: z.literal("OVERDUE"), step: z.enum(ServiceStep), level: z.enum(OVERDUE_LEVELS), dueAt: z.iso.datetime() });
/** How the referral ended, why (not for a plan completed or a citizen not reached), and what comes next. */
const outcome = z.object({ kind: z.literal("OUTCOME"), outcome: z.enum(OUTCOMES), reason: z.enum(OUTCOME_REASONS).optional(), nextStep: z.enum(NEXT_STEPS) });
const followUp = z.object({ kind: z.literal("FOLLOW_UP"), answer: z.enum(FOLLOW_UP_ANSWERS) });
/** The named owner given the case: a colleague in triage or the unit (a staff member's name, not the citizen's). */
const assigned = z.object({ kind: z.literal("ASSIGNED"), toUserId: text().min(1), toName: text().min(1) });
/** Which of the citizen's contact details the sending organisation corrected (the values are on the referral). */
export const CORRECTABLE_CONTACT_FIELDS = ["citizenName", "phone", "bestTimeToCall", "preferredChannel"] as const;
const contactCorrected = z.object({ kind: z.literal("CONTACT_CORRECTED"), fields: z.array(z.enum(CORRECTABLE_CONTACT_FIELDS)).min(1) });
/** The referral made again from this one: its id and number, for the link on the timeline. */
const referredAgain = z.object({ kind: z.literal("REFERRED_AGAIN"), referralId: text().min(1), number: z.number().int() });
/** A reason in words from before this column, shown to staff as written. */
const words = z.object({ kind: z.literal("TEXT"), text: text({ multiline: true }).min(1) });

export const eventDetailsSchema = z.discriminatedUnion("kind", [decline, contact, meeting, priority, split, toCentralTriage, overdue, outcome, followUp, assigned, contactCorrected, referredAgain, words]);
export type EventDetails = z.output<typeof eventDetailsSchema>;
export type EventDetailKind = EventDetails["kind"];

/** Which details each event type may carry; the words of old rows may stand on any. */
const KINDS_OF: Partial<Record<ReferralEventType, readonly EventDetailKind[]>> = {
  DECLINED: ["DECLINE"],
  CONTACT_ATTEMPT: ["CONTACT"],
  FIRST_MEETING_BOOKED: ["MEETING"],
  PRIORITY_CHANGED: ["PRIORITY"],
  SENT: ["SPLIT"],
  FORWARDED: ["TO_CENTRAL_TRIAGE"],
  OVERDUE: ["OVERDUE"],
  COMPLETED: ["OUTCOME"],
  CITIZEN_DECLINED: ["OUTCOME"],
  NOT_REACHED: ["OUTCOME"],
  FOLLOWED_UP: ["FOLLOW_UP"],
  ASSIGNED: ["ASSIGNED"],
  CONTACT_CORRECTED: ["CONTACT_CORRECTED"],
  REFERRED_AGAIN: ["REFERRED_AGAIN"],
};

const fits = (type: ReferralEventType, details: EventDetails) => details.kind === "TEXT" || (KINDS_OF[type]?.includes(details.kind) ?? false);

/** The details to store on an event of this type; throws when they are not this type's (a programming error). */
export function eventDetailsFor(type: ReferralEventType, details: EventDetails): EventDetails {
  const parsed = eventDetailsSchema.parse(details);
  if (!fits(type, parsed)) throw new Error(`An event ${type} does not carry details of kind ${parsed.kind}`);
  return parsed;
}

/** An event's stored details, read by the event's type; null when there are none (or none this type carries). */
export function readEventDetails(type: ReferralEventType, stored: unknown): EventDetails | null {
  if (stored === null || stored === undefined) return null;
  const parsed = eventDetailsSchema.safeParse(stored);
  return parsed.success && fits(type, parsed.data) ? parsed.data : null;
}

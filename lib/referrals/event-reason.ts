// A status event's reason code, read: the code is stored as text on ReferralEvent.reason (a decline's reason, the new
// priority, "CHANNEL:OUTCOME" of a contact attempt, the booked meeting's time as ISO text, what a forward was).
// Timelines say it in words from this. Pure.
import type { ContactChannel, ContactOutcome, Priority, ReferralEventType } from "@/lib/generated/prisma/enums";
import { DECLINE_REASONS, type DeclineReason } from "@/lib/triage/schemas";
import { CONTACT_CHANNELS, CONTACT_OUTCOMES } from "@/lib/unit-inbox/schemas";

/** Codes of how a referral came to be or moved, besides a status: split from another, sent back to central triage. */
export const EVENT_REASON_CODES = ["SPLIT", "TO_CENTRAL_TRIAGE"] as const;

export type EventReason =
  | { kind: "MEETING"; at: Date }
  | { kind: "CONTACT"; channel: ContactChannel; outcome: ContactOutcome }
  | { kind: "DECLINE"; reason: DeclineReason }
  | { kind: "PRIORITY"; priority: Priority }
  | { kind: "CODE"; code: (typeof EVENT_REASON_CODES)[number] }
  /** Anything else: words someone wrote, shown as they are. */
  | { kind: "TEXT"; text: string };

const isOneOf = <T extends string>(values: readonly T[], value: string | undefined): value is T => value !== undefined && (values as readonly string[]).includes(value);

/** The event's reason, read by the event's type; null when there is none. */
export function readEventReason(type: ReferralEventType, reason: string | null): EventReason | null {
  if (reason === null || reason === "") return null;
  if (type === "FIRST_MEETING_BOOKED") {
    const at = new Date(reason);
    if (!Number.isNaN(at.getTime())) return { kind: "MEETING", at };
  }
  if (type === "CONTACT_ATTEMPT") {
    const [channel, outcome] = reason.split(":");
    if (isOneOf(CONTACT_CHANNELS, channel) && isOneOf(CONTACT_OUTCOMES, outcome)) return { kind: "CONTACT", channel, outcome };
  }
  if (type === "DECLINED" && isOneOf(DECLINE_REASONS, reason)) return { kind: "DECLINE", reason };
  if (type === "PRIORITY_CHANGED" && (reason === "HIGH" || reason === "NORMAL")) return { kind: "PRIORITY", priority: reason };
  if (isOneOf(EVENT_REASON_CODES, reason)) return { kind: "CODE", code: reason };
  return { kind: "TEXT", text: reason };
}

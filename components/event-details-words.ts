import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { EventDetails } from "@/lib/referrals/event-details";
import { dueDay } from "./due-day";
import { placeOf } from "./referral-state-summary";

/**
 * A status event's details (lib/referrals/event-details.ts) in words, for the practice's timeline or for the staff of
 * triage and units. The practice is told the meeting with its place and why a referral was split or declined, not the
 * staff's own codes and words.
 */
export async function eventDetailsWords(audience: "practice" | "staff") {
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  /** `place`: where a booked meeting is (the meeting event's note). */
  return (details: EventDetails | null, place?: string | null): string | null => {
    switch (details?.kind) {
      case undefined:
        return null;
      case "MEETING": {
        const date = format.dateTime(new Date(details.at), { dateStyle: "full", timeStyle: "short" });
        return audience === "practice" ? t("referrals.firstMeeting", { date, ...placeOf(place) }) : t("unitInbox.timeline.meetingAt", { date });
      }
      case "CONTACT":
        return t("unitInbox.contact.summary", { channel: t(`unitInbox.contact.channels.${details.channel}`), outcome: t(`unitInbox.contact.outcomes.${details.outcome}`) });
      case "DECLINE":
        return t("triage.timeline.reason", { reason: t(`decline.reasons.${details.reason}`) });
      case "PRIORITY":
        return t("triage.timeline.newPriority", { priority: t(`triage.priority.${details.priority}`) });
      case "SPLIT":
        return t("triage.timeline.reasons.SPLIT");
      case "TO_CENTRAL_TRIAGE":
        return audience === "staff" ? t("triage.timeline.reasons.TO_CENTRAL_TRIAGE") : null;
      case "TEXT":
        return audience === "staff" ? t("triage.timeline.reason", { reason: details.text }) : null;
      case "OUTCOME": {
        const outcome = t(`outcomes.outcomes.${details.outcome}`);
        return details.reason ? t("outcomes.summaryWithReason", { outcome, reason: t(`outcomes.reasons.${details.reason}`).toLowerCase() }) : t("outcomes.summary", { outcome });
      }
      case "FOLLOW_UP":
        return t(`outcomes.followUpAnswers.${details.answer}`);
      // A staff member's name, for the staff only: the practice never sees a person's name.
      case "ASSIGNED":
        return audience === "staff" ? t("triage.timeline.assignedTo", { name: details.toName }) : null;
      case "CONTACT_CORRECTED":
        return t("messages.correctedFields", { fields: details.fields.map((field) => t(`messages.contactFields.${field}`)).join(", ") });
      case "REFERRED_AGAIN":
        return t("messages.referredAgainAs", { number: details.number });
      case "OVERDUE": {
        if (audience === "practice") {
          return details.level === "REMINDED"
            ? t(`clock.practice.REMINDED.${details.step}`)
            : t(`clock.practice.ESCALATED.${details.step === "TRIAGE_DECISION" ? "TRIAGE_DECISION" : "unit"}`);
        }
        const values = { step: t(`clock.steps.${details.step}`), due: dueDay(locale, new Date(details.dueAt)) };
        return details.level === "REMINDED"
          ? t("clock.staff.REMINDED", values)
          : t("clock.staff.ESCALATED", { ...values, to: t(`clock.escalatedTo.${details.step === "TRIAGE_DECISION" ? "triage" : "unit"}`) });
      }
    }
  };
}

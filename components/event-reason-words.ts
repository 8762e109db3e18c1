import { getFormatter, getTranslations } from "next-intl/server";
import type { EventReason } from "@/lib/referrals/event-reason";
import { placeOf } from "./referral-state-summary";

/**
 * A status event's reason (lib/referrals/event-reason.ts) in words, for the practice's timeline or for the staff of
 * triage and units. The practice is told the meeting with its place and why a referral was split or declined, not the
 * staff's own codes and words.
 */
export async function eventReasonWords(audience: "practice" | "staff") {
  const t = await getTranslations();
  const format = await getFormatter();
  /** `place`: where a booked meeting is (the meeting event's note). */
  return (reason: EventReason | null, place?: string | null): string | null => {
    switch (reason?.kind) {
      case undefined:
        return null;
      case "MEETING": {
        const date = format.dateTime(reason.at, { dateStyle: "full", timeStyle: "short" });
        return audience === "practice" ? t("referrals.firstMeeting", { date, ...placeOf(place) }) : t("unitInbox.timeline.meetingAt", { date });
      }
      case "CONTACT":
        return t("unitInbox.contact.summary", { channel: t(`unitInbox.contact.channels.${reason.channel}`), outcome: t(`unitInbox.contact.outcomes.${reason.outcome}`) });
      case "DECLINE":
        return t("triage.timeline.reason", { reason: t(`decline.reasons.${reason.reason}`) });
      case "PRIORITY":
        return t("triage.timeline.newPriority", { priority: t(`triage.priority.${reason.priority}`) });
      case "CODE":
        return audience === "staff" || reason.code === "SPLIT" ? t(`triage.timeline.reasons.${reason.code}`) : null;
      case "TEXT":
        return audience === "staff" ? t("triage.timeline.reason", { reason: reason.text }) : null;
    }
  };
}

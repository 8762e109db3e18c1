import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReferralEventType } from "@/lib/generated/prisma/enums";
import { readEventDetails } from "@/lib/referrals/event-details";
import type { OrganisationReferral } from "@/lib/referrals/get-organisation-referral";
import { ClosingNextStep } from "./closing-next-step";
import { eventDetailsWords } from "./event-details-words";

type ReferralEvent = OrganisationReferral["events"][number];

// What the referrer is told besides what happened: questions and answers, why a citizen said no, a decline's reason.
// Working notes of triage and units (claims, priority changes, contact attempts) stay with them.
const EVENTS_WITH_NOTE: readonly ReferralEventType[] = [
  "INFORMATION_REQUESTED",
  "INFORMATION_PROVIDED",
  "FORWARDED",
  "FIRST_MEETING_BOOKED",
  "DECLINED",
  "CITIZEN_DECLINED",
  "NOT_REACHED",
  "WITHDRAWN",
  // The closing note.
  "COMPLETED",
  "MESSAGE",
];

/** A decline's other suggestion: an offer to follow, and advice in words. */
export async function DeclineAlternative({ event }: { event: Pick<ReferralEvent, "alternativeOffer" | "alternativeText"> }) {
  const t = await getTranslations("referrals");
  if (!event.alternativeOffer && !event.alternativeText) return null;
  return (
    <p className="mt-1">
      {t("alternative")} {event.alternativeOffer ? <Link href={`/tilbud/${event.alternativeOffer.slug}`}>{event.alternativeOffer.title}</Link> : null}
      {event.alternativeText ? ` ${event.alternativeText}` : null}
    </p>
  );
}

/**
 * The practice's timeline, oldest first: when, what happened in plain words (who opened, accepted, when the first
 * meeting is, why it was declined), and who did it as role and organisation — never a person's name.
 * `holder`: the unit that has the referral now (null: central triage), named when an event has no organisation.
 */
export async function ReferralTimeline({
  events,
  holder,
  previousReferral = null,
}: {
  events: ReferralEvent[];
  holder: string | null;
  /** The closed referral this one was made again from: linked from the sending. */
  previousReferral?: { id: string; number: number } | null;
}) {
  const t = await getTranslations();
  const format = await getFormatter();
  const centralTriage = t("routing.centralTriage");

  const detailsWords = await eventDetailsWords("practice");

  return (
    <ol className="mt-4 space-y-4 border-l-4 border-slate-300 pl-5">
      {events.map((event) => {
        const details = readEventDetails(event.type, event.details);
        // The event's details in words, where the practice should know them.
        const detail = detailsWords(details, event.note);
        // The meeting's place is in its note, and already in the detail.
        const note = event.note && EVENTS_WITH_NOTE.includes(event.type) && details?.kind !== "MEETING" ? event.note : null;
        const actor = event.actorRole ? [t(`roles.${event.actorRole}`), event.actorOrganisation?.name].filter(Boolean).join(", ") : null;
        return (
          <li key={event.id}>
            <time dateTime={event.createdAt.toISOString()} className="block text-sm text-slate-700">
              {format.dateTime(event.createdAt, { dateStyle: "long", timeStyle: "short" })}
            </time>
            <p className="font-semibold text-slate-900">
              {t(`referrals.events.${event.type}`, {
                unit: event.toUnit?.name ?? centralTriage,
                by: event.actorOrganisation?.name ?? holder ?? t("referrals.centralTriage"),
              })}
            </p>
            {actor ? <p className="text-slate-700">{actor}</p> : null}
            {details?.kind === "REFERRED_AGAIN" ? (
              <p className="mt-1 text-slate-900">
                <Link href={`/henvisninger/${details.referralId}`}>{detail}</Link>
              </p>
            ) : detail ? (
              <p className="mt-1 text-slate-900">{detail}</p>
            ) : null}
            {event.type === "SENT" && previousReferral ? (
              <p className="mt-1 text-slate-900">
                <Link href={`/henvisninger/${previousReferral.id}`}>{t("referAgain.sentAfter", { number: previousReferral.number })}</Link>
              </p>
            ) : null}
            {note ? <p className="mt-1 whitespace-pre-line text-slate-900">{note}</p> : null}
            {details?.kind === "OUTCOME" ? <ClosingNextStep event={event} /> : <DeclineAlternative event={event} />}
          </li>
        );
      })}
    </ol>
  );
}

import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClosingNextStep } from "@/components/closing-next-step";
import { eventDetailsWords } from "@/components/event-details-words";
import { readEventDetails } from "@/lib/referrals/event-details";
import type { TriageCase } from "@/lib/triage/get-triage-case";

type Event = TriageCase["events"][number];

/** Every status event, oldest first: when, what, who, why — for a decline, the alternative the GP was given, for a closing, the next step. */
export async function CaseTimeline({ events }: { events: Event[] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const detailsWords = await eventDetailsWords("staff");
  return (
    <ol className="space-y-4 border-l-4 border-slate-300 pl-5">
      {events.map((event) => {
        const details = readEventDetails(event.type, event.details);
        const reason = detailsWords(details);
        const actor = event.actorUser
          ? [event.actorUser.name, event.actorOrganisation?.name].filter(Boolean).join(", ")
          : (event.actorOrganisation?.name ?? t("triage.timeline.portal"));
        return (
          <li key={event.id}>
            <p className="font-semibold text-slate-900">
              {t(`triage.timeline.events.${event.type}`)}
              {event.type === "FORWARDED" || event.type === "RECEIVED" ? (
                <span className="font-normal"> – {event.toUnit ? event.toUnit.name : t("triage.timeline.centralTriage")}</span>
              ) : null}
            </p>
            <p className="text-sm text-slate-700">
              <time dateTime={event.createdAt.toISOString()}>{format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time> · {actor}
            </p>
            {reason ? <p className="mt-1">{reason}</p> : null}
            {event.note ? <p className="mt-1 whitespace-pre-line">{event.note}</p> : null}
            {details?.kind === "OUTCOME" ? (
              <ClosingNextStep event={event} />
            ) : event.alternativeOffer ? (
              <p className="mt-1">
                {t("triage.timeline.alternativeOffer")}{" "}
                <Link href={`/tilbud/${event.alternativeOffer.slug}`}>{event.alternativeOffer.title}</Link> ({event.alternativeOffer.unit.name})
              </p>
            ) : null}
            {event.alternativeText && details?.kind !== "OUTCOME" ? <p className="mt-1 whitespace-pre-line">{t("triage.timeline.alternativeText", { text: event.alternativeText })}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}

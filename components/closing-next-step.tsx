import Link from "next/link";
import { getTranslations } from "next-intl/server";

interface ClosingEvent {
  alternativeOffer: { slug: string; title: string; unit: { name: string } } | null;
  /** On a closing, the reason in words ("Andet"). */
  alternativeText: string | null;
}

/** What a closing says besides its outcome (components/event-details-words.ts): the reason in words, and the next step. */
export async function ClosingNextStep({ event }: { event: ClosingEvent }) {
  const t = await getTranslations("outcomes");
  return (
    <>
      {event.alternativeText ? <p className="mt-1 whitespace-pre-line">{t("reasonWords", { text: event.alternativeText })}</p> : null}
      <p className="mt-1" data-testid="next-step-offer">
        {event.alternativeOffer ? (
          <>
            {t("nextStep")} <Link href={`/tilbud/${event.alternativeOffer.slug}`}>{event.alternativeOffer.title}</Link> ({event.alternativeOffer.unit.name})
          </>
        ) : (
          t("nothingNeeded")
        )}
      </p>
    </>
  );
}

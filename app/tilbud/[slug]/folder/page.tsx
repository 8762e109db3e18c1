import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { PrintButton } from "@/components/print-button";
import { getConfig } from "@/lib/config";
import { isStale } from "@/lib/offers/freshness";
import { pageParams } from "@/lib/http/route-params";
import { getOffer, type OfferDetail } from "@/lib/offers/get-offer";

type Props = { params: Promise<{ slug: string }> };

// The title and the page read the same offer: one query per request.
const loadOffer = cache(getOffer);

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const offer = await loadOffer((await pageParams(params)).slug);
  if (!offer) notFound();
  const t = await getTranslations("leaflet");
  return { title: t("metaTitle", { title: offer.title }) };
};

// A leaflet the GP prints and hands to the citizen before referring: written to the citizen, in plain words, on one
// A4 page. Public offer data only — never anything about the citizen.
export default async function LeafletPage({ params }: Props) {
  const offer = await loadOffer((await pageParams(params)).slug);
  if (!offer) notFound();
  const t = await getTranslations();
  const format = await getFormatter();
  const languageNames = new Intl.DisplayNames([await getLocale()], { type: "language" });
  const unit = offer.unit.name;
  const offerUrl = await absoluteUrl(`/tilbud/${offer.slug}`);
  const showWaiting = offer.waitingWeeks != null && !isStale(offer.waitingUpdatedAt, new Date());
  const type = leafletLength(offer) > COMPACT_AFTER_CHARS ? COMPACT_TYPE : REGULAR_TYPE;
  return (
    // Cancels the main element's padding so that the paper's margins are exactly the @page margins.
    <div className="-mx-4 -my-8 bg-slate-200 px-4 py-8 print:bg-white print:p-0">
      <div className="no-print mx-auto mb-6 flex max-w-[210mm] flex-wrap items-center justify-between gap-4">
        <Link href={`/tilbud/${offer.slug}`} className="font-semibold">
          {t("leaflet.back")}
        </Link>
        <p className="max-w-md text-sm text-slate-800">{t("leaflet.hint")}</p>
        <PrintButton label={t("leaflet.print")} />
      </div>

      <article
        className={`mx-auto min-h-[297mm] max-w-[210mm] bg-white p-4 text-slate-900 sm:p-[15mm] shadow-lg print:min-h-0 print:max-w-none print:p-0 print:shadow-none ${type.body}`}
      >
        <header className="border-b-4 border-brand-700 pb-3">
          <p className="font-bold uppercase tracking-wide text-brand-800">{t("leaflet.eyebrow")}</p>
          <h1 className={`mt-1 font-bold leading-tight ${type.title}`}>{offer.title}</h1>
          <p className="mt-1 text-slate-700">{t("leaflet.from", { unit })}</p>
        </header>
        <p className={`mt-3 ${type.lead}`}>{offer.summary}</p>

        <LeafletSection type={type} title={t("leaflet.forWhom")}>
          <p>{offer.forWhom}</p>
        </LeafletSection>

        <LeafletSection type={type} title={t("leaflet.firstMeeting")}>
          <p>{offer.firstMeeting}</p>
        </LeafletSection>

        <LeafletSection type={type} title={t("leaflet.whereAndWhen")}>
          <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-3 gap-y-1">
            <dt className="font-bold">{t("leaflet.when")}</dt>
            <dd>{offer.schedule}</dd>
            {offer.duration ? (
              <>
                <dt className="font-bold">{t("leaflet.howLong")}</dt>
                <dd>{offer.duration}</dd>
              </>
            ) : null}
            <dt className="font-bold">{t("leaflet.how")}</dt>
            <dd>{offer.formats.map((value) => t(`labels.format.${value}`)).join(", ")}</dd>
            <dt className="font-bold">{t("leaflet.where")}</dt>
            <dd>
              <ul className="space-y-1">
                {offer.locations.map((location) => (
                  <li key={location.id}>
                    <strong>{location.name}</strong>, {location.address}.{location.transportNote ? ` ${location.transportNote}` : null}
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
          {showWaiting ? (
            <p className="mt-2">{offer.waitingWeeks === 0 ? t("leaflet.noWait") : t("leaflet.waiting", { weeks: offer.waitingWeeks ?? 0 })}</p>
          ) : null}
        </LeafletSection>

        <LeafletSection type={type} title={offer.takesReferrals ? t("leaflet.contactHeading") : t("leaflet.startHeading")}>
          {offer.takesReferrals ? (
            <>
              <p>{t("leaflet.contactCall", { unit })}</p>
              <p className="mt-1">{t("leaflet.contactLetter")}</p>
            </>
          ) : (
            <p>{t("leaflet.startSelf", { unit })}</p>
          )}
          <p className="mt-1">
            {t("leaflet.languages", { languages: format.list(offer.languages.map((code) => languageNames.of(code) ?? code)) })}
            {offer.interpreterAvailable ? ` ${t("leaflet.interpreter", { unit })}` : null}
          </p>
        </LeafletSection>

        {offer.unit.phone || offer.unit.email || offer.unit.website ? (
          <LeafletSection type={type} title={t("leaflet.questions")}>
            {offer.unit.phone ? (
              <p>
                {t("leaflet.questionsPhone", { unit })} <strong className="whitespace-nowrap text-[1.2em]">{offer.unit.phone}</strong>
              </p>
            ) : null}
            {offer.unit.email ? (
              <p>
                {t("leaflet.questionsEmail", { unit })} <strong>{offer.unit.email}</strong>
              </p>
            ) : null}
            {offer.unit.website ? (
              <p>
                {t("leaflet.questionsWebsite", { unit })} <strong>{offer.unit.website}</strong>
              </p>
            ) : null}
          </LeafletSection>
        ) : null}

        <footer className="mt-5 border-t border-slate-300 pt-2 text-[0.9em] text-slate-700">
          <p>
            {t("leaflet.readMore")} <a href={offerUrl} className="break-all">{offerUrl}</a>
          </p>
          {getConfig().demoMode ? <p className="mt-1">{t("leaflet.demo")}</p> : null}
        </footer>
      </article>
    </div>
  );
}

// Type sizes for the sheet. Long texts get the smaller set so that the leaflet stays on one A4 page even at the
// longest texts the offer form allows (lib/offers/schemas.ts); both were checked by printing to PDF.
const REGULAR_TYPE = { body: "text-[11pt] leading-snug", lead: "text-[12pt]", title: "text-[20pt]", heading: "text-[13pt]", gap: "mt-3.5" };
const COMPACT_TYPE = { body: "text-[9.5pt] leading-[1.25]", lead: "text-[10pt]", title: "text-[14pt]", heading: "text-[11pt]", gap: "mt-1.5" };
const COMPACT_AFTER_CHARS = 1250;
type LeafletType = typeof REGULAR_TYPE;

/** About how many characters the sheet prints, weighing the title and lead by their larger type. */
function leafletLength(offer: OfferDetail): number {
  const locations = offer.locations.reduce((sum, location) => sum + location.name.length + location.address.length + (location.transportNote?.length ?? 0) + 40, 0);
  return (
    offer.title.length * 2 +
    offer.summary.length * 1.2 +
    offer.forWhom.length +
    offer.firstMeeting.length +
    offer.schedule.length +
    (offer.duration?.length ?? 0) +
    locations +
    offer.unit.name.length * 3
  );
}

function LeafletSection({ type, title, children }: { type: LeafletType; title: string; children: React.ReactNode }) {
  return (
    <section className={`break-inside-avoid ${type.gap}`}>
      <h2 className={`mb-0.5 font-bold text-brand-800 ${type.heading}`}>{title}</h2>
      {children}
    </section>
  );
}

/** The offer page's address as the citizen would type it, taken from the request (behind a proxy too). */
async function absoluteUrl(path: string): Promise<string> {
  const requestHeaders = await headers();
  const host = requestHeaders.get("host") ?? "localhost";
  const protocol = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${protocol}://${host}${path}`;
}

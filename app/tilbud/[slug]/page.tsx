import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Fragment, cache } from "react";
import { NextBestOffers } from "@/components/next-best-offers";
import { OfferFacts } from "@/components/offer-facts";
import { PageHeader } from "@/components/page-header";
import { pageParams } from "@/lib/http/route-params";
import { getOffer, type OfferDetail } from "@/lib/offers/get-offer";
import { listNextBestOffers } from "@/lib/search/next-best-offers";

type Props = { params: Promise<{ slug: string }> };
type Fact = [term: string, description: React.ReactNode];

// The title and the page read the same offer: one query per request.
const loadOffer = cache(getOffer);

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const offer = await loadOffer((await pageParams(params)).slug);
  if (!offer) notFound();
  return { title: offer.title };
};

// Open without sign-in, like the list of offers: everything shown is public offer data.
export default async function OfferPage({ params }: Props) {
  const offer = await loadOffer((await pageParams(params)).slug);
  if (!offer) notFound();
  const t = await getTranslations();
  const format = await getFormatter();
  const alternatives = await listNextBestOffers(offer);
  const languageNames = new Intl.DisplayNames([await getLocale()], { type: "language" });
  const canRefer = offer.takesReferrals && offer.isActive;
  const requirements = offer.takesReferrals ? offer.referralRequirements : [];
  const { phone, email, website } = offer.unit;
  const contact: Fact[] = [
    ...(phone ? [[t("offerPage.phone"), <a key="phone" href={`tel:${phone.replaceAll(" ", "")}`}>{phone}</a>] satisfies Fact] : []),
    ...(email ? [[t("offerPage.email"), <a key="email" href={`mailto:${email}`}>{email}</a>] satisfies Fact] : []),
    ...(website ? [[t("offerPage.website"), <a key="website" href={website}>{website}</a>] satisfies Fact] : []),
  ];
  return (
    <article>
      {offer.isActive ? null : (
        <p className="mb-6 rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-lg text-amber-950">
          <strong>{t("offerPage.paused")}</strong> {t("offerPage.pausedBody", { unit: offer.unit.name })}
        </p>
      )}
      <PageHeader title={offer.title} intro={offer.summary}>
        <div className="flex flex-col items-start gap-3">
          {canRefer ? (
            <Link
              href={`/henvisninger/ny?offer=${encodeURIComponent(offer.slug)}`}
              className="rounded-md bg-brand-700 px-6 py-3 text-lg font-bold text-white no-underline hover:bg-brand-800 hover:text-white"
            >
              {t("offers.refer")}
            </Link>
          ) : (
            <p className="max-w-xs font-semibold text-slate-900">
              {offer.takesReferrals ? t("offerPage.pausedNoReferral") : t("offers.noReferral")}
            </p>
          )}
          {offer.isActive ? (
            <Link href={`/tilbud/${offer.slug}/folder`} className="font-semibold">
              {t("offerPage.printLeaflet")}
            </Link>
          ) : null}
        </div>
      </PageHeader>

      <p className="font-semibold text-slate-800">{t("offerPage.from", { unit: offer.unit.name })}</p>
      <div className="mt-3">
        <OfferFacts offer={offer} now={new Date()} />
      </div>
      <p className="mt-3 text-sm text-slate-700">
        {t("offerPage.lastChecked", { unit: offer.unit.name, date: format.dateTime(offer.lastCheckedAt, { dateStyle: "long" }) })}
      </p>
      <NextBestOffers offer={offer} needLabels={new Map(offer.needs.map((need) => [need.slug, need.label]))} alternatives={alternatives} />

      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="max-w-3xl space-y-8">
          <Section title={t("offerPage.forWhom")}>
            <p>{offer.forWhom}</p>
            <FactList
              rows={[
                [
                  t("offerPage.diagnosis"),
                  offer.diagnosisRequired ? t("offers.diagnosisRequired", { diagnoses: offer.requiredDiagnoses.join(", ") }) : t("offers.noDiagnosis"),
                ],
                [t("offerPage.age"), ageRange(offer, t)],
              ]}
            />
            {offer.exclusionCriteria.length > 0 ? (
              <>
                <h3 className="mt-4 font-bold text-slate-900">{t("offerPage.exclusions")}</h3>
                <ul className="mt-1 list-disc pl-6">
                  {offer.exclusionCriteria.map((criterion) => (
                    <li key={criterion}>{criterion}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </Section>

          <Section title={t("offerPage.firstMeeting")}>
            <p>{offer.firstMeeting}</p>
          </Section>

          <Section title={t("offerPage.formatAndTimes")}>
            <FactList
              rows={[
                [t("offerPage.format"), offer.formats.map((value) => t(`labels.format.${value}`)).join(", ")],
                [t("offerPage.times"), offer.schedule],
                ...(offer.duration ? [[t("offerPage.duration"), offer.duration] satisfies Fact] : []),
              ]}
            />
          </Section>

          <Section title={t("offerPage.locations")}>
            <ul className="grid gap-4 sm:grid-cols-2">
              {offer.locations.map((location) => (
                <li key={location.id} className="rounded-lg border border-slate-200 p-4">
                  <h3 className="font-bold text-slate-900">{location.name}</h3>
                  <p>{location.address}</p>
                  <p className="text-slate-700">
                    {t("offerPage.district")}: {t(`labels.district.${location.district}`)}
                  </p>
                  {location.transportNote ? <p className="mt-2 text-slate-700">{location.transportNote}</p> : null}
                </li>
              ))}
            </ul>
          </Section>

          <Section title={t("offerPage.languageAndInterpreter")}>
            <FactList
              rows={[
                [t("offerPage.languages"), format.list(offer.languages.map((code) => languageNames.of(code) ?? code))],
                [t("offerPage.interpreter"), offer.interpreterAvailable ? t("offers.interpreter") : t("offerPage.interpreterNo")],
              ]}
            />
          </Section>

          {offer.needs.length > 0 ? (
            <Section title={t("offerPage.needs")}>
              <ul className="flex flex-wrap gap-2">
                {offer.needs.map((need) => (
                  <li key={need.slug} className="rounded bg-brand-50 px-2 py-1 text-brand-900">
                    {need.label}
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
        </div>

        {requirements.length > 0 || contact.length > 0 ? (
          <aside className="space-y-6">
            {requirements.length > 0 ? (
              <section className="rounded-lg border-2 border-brand-100 p-5">
                <h2 className="text-lg font-bold text-slate-900">{t("offerPage.referralRequirements")}</h2>
                <ol className="mt-2 list-decimal space-y-1 pl-5">
                  {requirements.map((requirement) => (
                    <li key={requirement}>{requirement}</li>
                  ))}
                </ol>
              </section>
            ) : null}
            {contact.length > 0 ? (
              <section className="rounded-lg bg-slate-50 p-5">
                <h2 className="text-lg font-bold text-slate-900">{t("offerPage.contact", { unit: offer.unit.name })}</h2>
                <FactList rows={contact} stacked />
              </section>
            ) : null}
          </aside>
        ) : null}
      </div>
    </article>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section>
      <h2 className="mb-2 text-xl font-bold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

function FactList({ rows, stacked = false }: { rows: Fact[]; stacked?: boolean }) {
  return (
    <dl className={`mt-3 grid gap-x-6 gap-y-1 ${stacked ? "" : "sm:grid-cols-[9rem_minmax(0,1fr)] sm:gap-y-2"}`}>
      {rows.map(([term, description]) => (
        <Fragment key={term}>
          <dt className={`font-semibold text-slate-900 ${stacked ? "mt-2" : ""}`}>{term}</dt>
          <dd className="break-words text-slate-800">{description}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function ageRange(offer: Pick<OfferDetail, "minAge" | "maxAge">, t: Awaited<ReturnType<typeof getTranslations>>): string {
  const { minAge: min, maxAge: max } = offer;
  if (min != null && max != null) return t("offerPage.ageRange", { min, max });
  if (min != null) return t("offerPage.ageFrom", { min });
  if (max != null) return t("offerPage.ageUpTo", { max });
  return t("offerPage.ageAny");
}

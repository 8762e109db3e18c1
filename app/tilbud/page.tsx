import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { FilterGroup, type FilterOption } from "@/components/filter-group";
import { describedBy, errorId, FieldError } from "@/components/form/field";
import { LiveSearchForm } from "@/components/live-search-form";
import { OfferResultCard } from "@/components/offer-result-card";
import { PageHeader } from "@/components/page-header";
import { District, NeedCategory, OfferFormat } from "@/lib/generated/prisma/enums";
import { sayMessage } from "@/lib/i18n/error-messages";
import { pageTitle } from "@/lib/i18n/page-title";
import { getErrorTranslator } from "@/lib/i18n/server-errors";
import { listProviders } from "@/lib/offers/list-providers";
import { findOffers } from "@/lib/search/find-offers";
import { MAX_QUERY_LENGTH, MAX_WAIT_OPTIONS, parseOfferSearch, type FlagFilter } from "@/lib/search/schemas";

export const generateMetadata = pageTitle("offers.title");

// Open without sign-in, like the city's public catalogue. The whole search lives in the URL (a GET form).
export default async function FindOffersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const { search, fieldErrors } = parseOfferSearch(params);
  // A query refused (control characters) stays in the field as typed, with its message; the filters still search.
  const queryMessage = fieldErrors.q?.[0];
  const queryError = queryMessage && sayMessage(queryMessage, await getErrorTranslator());
  const typedQuery = queryError ? String([params.q].flat()[0] ?? "").slice(0, MAX_QUERY_LENGTH) : search.q;
  const t = await getTranslations();
  const [found, providers] = await Promise.all([findOffers(search), listProviders()]);
  const { facets } = found;
  const now = new Date();
  const languageNames = new Intl.DisplayNames([await getLocale()], { type: "language" });
  const flag = (name: FlagFilter, label: string): FilterOption => ({
    name,
    value: "1",
    label,
    count: facets[name],
    checked: search[name],
  });
  const choice = (name: string, value: string, label: string, counts: Record<string, number>, chosen: string[]): FilterOption => ({
    name,
    value,
    label,
    count: counts[value] ?? 0,
    checked: chosen.includes(value),
  });

  return (
    <>
      <PageHeader title={t("offers.title")} intro={t("offers.intro")} />
      <LiveSearchForm action="/tilbud" label={t("offers.title")} busyLabel={t("offers.searching")}>
        <div className="mb-6 max-w-3xl">
          <label htmlFor="q" className="block text-lg font-semibold">{t("offers.searchLabel")}</label>
          <p id="q-hint" className="text-slate-700">{t("offers.searchHint")}</p>
          <div className="mt-2 flex gap-2">
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={typedQuery}
              maxLength={200}
              aria-describedby={describedBy("q-hint", queryError && errorId("q"))}
              aria-invalid={queryError ? true : undefined}
              autoComplete="off"
              className="w-full rounded-md border-2 border-slate-500 px-3 py-2 text-lg focus:border-brand-700"
            />
            <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 text-lg font-semibold text-white hover:bg-brand-800">
              {t("offers.searchButton")}
            </button>
          </div>
          <FieldError id="q" error={queryError} />
        </div>

        <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
          <aside aria-labelledby="filters-heading">
            <div className="flex items-baseline justify-between">
              <h2 id="filters-heading" className="text-lg font-bold">{t("offers.filters")}</h2>
              <Link href="/tilbud" className="text-sm">{t("offers.reset")}</Link>
            </div>
            <a href="#results-heading" className="mt-2 inline-block text-sm lg:hidden">
              {t("offers.skipToResults", { count: found.total })}
            </a>
            <FilterGroup legend={t("offers.filterOther")} options={[flag("noDiagnosis", t("offers.noDiagnosisFilter")), flag("new", t("offers.newFilter")), flag("social", t("offers.socialFilter"))]} />
            <FilterGroup legend={t("offers.filterTimes")} options={[flag("evening", t("offers.eveningFilter"))]} />
            <FilterGroup
              legend={t("offers.filterAccess")}
              options={[
                flag("transport", t("offers.transportFilter")),
                flag("homeVisits", t("offers.homeVisitsFilter")),
                flag("stepFree", t("offers.stepFreeFilter")),
                flag("free", t("offers.freeFilter")),
              ]}
            />
            <FilterGroup legend={t("offers.filterNeed")} options={Object.values(NeedCategory).map((value) => choice("need", value, t(`labels.needCategory.${value}`), facets.need, search.need))} />
            <FilterGroup legend={t("offers.filterFormat")} options={Object.values(OfferFormat).map((value) => choice("format", value, t(`labels.format.${value}`), facets.format, search.format))} />
            <FilterGroup
              legend={t("offers.filterWait")}
              type="radio"
              options={[
                { name: "maxWait", value: "", label: t("offers.anyWait"), checked: search.maxWait === undefined },
                ...MAX_WAIT_OPTIONS.map((weeks) => ({ name: "maxWait", value: String(weeks), label: t("offers.maxWaitWeeks", { weeks }), count: facets.maxWait[String(weeks)] ?? 0, checked: search.maxWait === weeks })),
              ]}
            />
            <FilterGroup
              legend={t("offers.filterLanguage")}
              options={[
                ...Object.keys(facets.language)
                  .filter((code) => code !== "da")
                  .sort()
                  .map((code) => choice("language", code, languageNames.of(code) ?? code, facets.language, search.language)),
                flag("interpreter", t("offers.interpreterFilter")),
              ]}
            />
            <FilterGroup legend={t("offers.filterDistrict")} options={Object.values(District).map((value) => choice("district", value, t(`labels.district.${value}`), facets.district, search.district))} />
            <FilterGroup legend={t("offers.filterUnit")} options={providers.map((unit) => choice("unit", unit.slug, unit.name, facets.unit, search.unit))} />
            <button type="submit" className="mt-4 rounded-md border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800">
              {t("offers.searchButton")}
            </button>
          </aside>

          <section aria-labelledby="results-heading">
            <h2 id="results-heading" tabIndex={-1} className="text-xl font-bold" aria-live="polite">
              {t("offers.resultsCount", { count: found.total })}
            </h2>
            {found.total > found.offers.length ? <p className="text-slate-700">{t("offers.showingFirst", { shown: found.offers.length })}</p> : null}
            {found.corrections.length > 0 ? (
              <p className="mt-1 text-slate-800">{t("offers.corrected", { words: found.corrections.map((c) => c.to).join(", ") })}</p>
            ) : null}
            {found.offers.length > 0 ? (
              <ol className="mt-4 space-y-4">
                {found.offers.map((offer) => (
                  <li key={offer.id}>
                    <OfferResultCard offer={offer} now={now} />
                  </li>
                ))}
              </ol>
            ) : (
              <div className="mt-4 space-y-4">
                <EmptyState title={t("offers.zeroTitle")}>{t("offers.zeroBody")}</EmptyState>
                {/* Nothing matches: the way on first, then the nearest offers, said plainly not to be a match. */}
                <TriageHint />
                {found.nearest.length > 0 ? (
                  <>
                    <h2 className="text-lg font-bold">{t("offers.nearestTitle")}</h2>
                    <ol className="space-y-4">
                      {found.nearest.map((offer) => (
                        <li key={offer.id}>
                          <OfferResultCard offer={offer} now={now} />
                        </li>
                      ))}
                    </ol>
                  </>
                ) : null}
              </div>
            )}
            {found.offers.length > 0 ? <TriageHint /> : null}
          </section>
        </div>
      </LiveSearchForm>
    </>
  );
}

async function TriageHint() {
  const t = await getTranslations("offers");
  return (
    <div className="mt-8 rounded-lg border-2 border-brand-600 bg-brand-50 p-5">
      <h2 className="text-lg font-bold">{t("triageTitle")}</h2>
      <p className="mt-1 text-slate-900">{t("triageBody")}</p>
      <Link href="/henvisninger/ny?triage=1" className="mt-3 inline-block font-semibold">
        {t("triageLink")}
      </Link>
    </div>
  );
}

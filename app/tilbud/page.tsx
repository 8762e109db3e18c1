import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { pageTitle } from "@/lib/i18n/page-title";
import { listOffers } from "@/lib/offers/list-offers";

export const generateMetadata = pageTitle("offers.title");

// Open without sign-in, like the city's public catalogue.
export default async function OffersPage() {
  const t = await getTranslations("offers");
  const offers = await listOffers();
  const now = new Date();
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        <p className="text-slate-700">{t("count", { count: offers.length })}</p>
      </PageHeader>
      {offers.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {offers.map((offer) => (
            <li key={offer.id} className="rounded-lg border border-slate-200 p-5">
              <h2 className="text-lg font-bold text-slate-900">{offer.title}</h2>
              <p className="text-sm text-slate-700">{offer.unit.name}</p>
              <p className="mt-2">{offer.summary}</p>
              <ul className="mt-3 flex flex-wrap gap-2 text-sm">
                <li className="rounded bg-slate-100 px-2 py-1">
                  {offer.diagnosisRequired ? t("diagnosisRequired", { diagnoses: offer.requiredDiagnoses.join(", ") }) : t("noDiagnosis")}
                </li>
                {offer.hasEveningTimes ? <li className="rounded bg-slate-100 px-2 py-1">{t("evening")}</li> : null}
                {offer.waitingWeeks != null ? (
                  <li className="rounded bg-slate-100 px-2 py-1">{offer.waitingWeeks === 0 ? t("noWait") : t("waiting", { weeks: offer.waitingWeeks })}</li>
                ) : null}
                {offer.newUntil && offer.newUntil > now ? <li className="rounded bg-amber-100 px-2 py-1 font-semibold text-amber-950">{t("new")}</li> : null}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

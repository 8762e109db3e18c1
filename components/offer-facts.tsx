import { getLocale, getTranslations } from "next-intl/server";
import { OfferWaitingTime } from "@/components/offer-waiting-time";
import { isNew, isStale } from "@/lib/offers/freshness";
import type { OfferCard } from "@/lib/offers/offer-card";

type Facts = Pick<
  OfferCard,
  | "diagnosisRequired"
  | "requiredDiagnoses"
  | "formats"
  | "languages"
  | "interpreterAvailable"
  | "hasEveningTimes"
  | "transportHelp"
  | "homeVisits"
  | "stepFreeAccess"
  | "isFree"
  | "costNote"
  | "waitingWeeks"
  | "capacityStatus"
  | "waitingUpdatedAt"
  | "newUntil"
>;

const chip = "rounded bg-slate-100 px-2 py-1 text-slate-900";

/** The short facts a GP scans for: diagnosis, format, evening, language, getting there, cost, waiting time (with its age), new. */
export async function OfferFacts({ offer, now }: { offer: Facts; now: Date }) {
  const t = await getTranslations();
  const languageNames = new Intl.DisplayNames([await getLocale()], { type: "language" });
  const otherLanguages = offer.languages.filter((code) => code !== "da");
  const stale = isStale(offer.waitingUpdatedAt, now);
  return (
    <ul className="flex flex-wrap gap-2 text-sm">
      {isNew(offer.newUntil, now) ? <li className="rounded bg-amber-200 px-2 py-1 font-bold text-amber-950">{t("offers.new")}</li> : null}
      <li className={chip}>
        {offer.diagnosisRequired ? t("offers.diagnosisRequired", { diagnoses: offer.requiredDiagnoses.join(", ") }) : t("offers.noDiagnosis")}
      </li>
      {offer.formats.map((value) => (
        <li key={value} className={chip}>{t(`labels.format.${value}`)}</li>
      ))}
      {offer.hasEveningTimes ? <li className={chip}>{t("offers.evening")}</li> : null}
      {otherLanguages.length > 0 ? (
        <li className={chip}>{t("offers.languages", { languages: offer.languages.map((code) => languageNames.of(code) ?? code).join(", ") })}</li>
      ) : null}
      {offer.interpreterAvailable ? <li className={chip}>{t("offers.interpreter")}</li> : null}
      {offer.homeVisits ? <li className={chip}>{t("offers.homeVisits")}</li> : null}
      {offer.transportHelp ? <li className={chip}>{t("offers.transportHelp")}</li> : null}
      {offer.stepFreeAccess ? <li className={chip}>{t("offers.stepFree")}</li> : null}
      {offer.isFree ? null : <li className={chip}>{offer.costNote ? t("offers.cost", { note: offer.costNote }) : t("offers.notFree")}</li>}
      <li className={stale ? "rounded border border-amber-700 bg-amber-50 px-2 py-1 text-amber-950" : chip}>
        <OfferWaitingTime offer={offer} stale={stale} />
      </li>
    </ul>
  );
}

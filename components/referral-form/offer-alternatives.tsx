"use client";

import { useLocale, useTranslations } from "next-intl";
import { nextBestWhy } from "@/components/next-best-why";
import type { FormAlternative } from "@/lib/referrals/form-alternatives";
import type { FormOffer } from "@/lib/referrals/get-referral-form-options";

/**
 * In the referral form, below the chosen offer: the next-best offers when it is full, slow or cannot meet what stands
 * in the citizen's way, each with why, and a button that chooses it in the form (nothing typed is lost).
 */
export function OfferAlternatives({
  alternatives,
  chosen,
  becauseBarriers,
  needLabel,
  onChoose,
}: {
  alternatives: FormAlternative[];
  chosen: FormOffer;
  /** The routing said the chosen offer cannot meet one of the citizen's barriers. */
  becauseBarriers: boolean;
  needLabel: (slug: string) => string;
  onChoose: (offer: FormOffer) => void;
}) {
  const t = useTranslations("nextBest");
  const languageNames = new Intl.DisplayNames([useLocale()], { type: "language" });
  if (alternatives.length === 0) return null;
  const because = becauseBarriers ? t("becauseBarriers") : chosen.capacityStatus === "FULL" ? t("becauseFull") : t("becauseSlow", { weeks: chosen.waitingWeeks ?? 0 });
  return (
    <section aria-labelledby="offer-alternatives-title" className="rounded-lg border-2 border-amber-700 bg-amber-50 p-5" data-testid="offer-alternatives">
      <h3 id="offer-alternatives-title" className="text-lg font-bold text-slate-900">
        {t("formTitle")}
      </h3>
      <p className="mt-1 text-slate-900">{because}</p>
      <ul className="mt-3 space-y-4">
        {alternatives.map(({ offer, reasons }) => (
          <li key={offer.slug}>
            <p className="font-semibold text-slate-900">
              {offer.title} <span className="font-normal text-slate-800">– {offer.unitName}</span>
            </p>
            <p className="text-slate-800">{nextBestWhy(reasons, offer.capacityStatus, { t, needLabel, languageName: (code) => languageNames.of(code) ?? code })}</p>
            <button
              type="button"
              onClick={() => onChoose(offer)}
              className="mt-2 rounded-md border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-white"
            >
              {t("choose", { title: offer.title })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

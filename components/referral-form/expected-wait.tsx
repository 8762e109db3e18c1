"use client";

import { useTranslations } from "next-intl";
import { OfferWaitingTime } from "@/components/offer-waiting-time";
import type { FormOffer } from "@/lib/referrals/get-referral-form-options";

/**
 * The chosen offer's expected wait and places as the unit keeps them, while the referral is written: a long wait or a
 * full offer is something to tell the citizen now (citizens' motivation fades during long waits), or a reason to
 * choose another offer.
 */
export function ExpectedWait({ offer }: { offer: FormOffer }) {
  const t = useTranslations("referralForm");
  return (
    <div className="max-w-3xl rounded-md border-l-4 border-brand-700 bg-brand-50 px-4 py-3 text-slate-900" data-testid="expected-wait">
      <p>
        <span className="font-semibold">{t("expectedWait")}</span> <OfferWaitingTime offer={offer} stale={offer.waitingStale} />
      </p>
      {offer.capacityStatus === "OPEN" ? null : <p className="mt-1 font-semibold">{t(`capacityWarning.${offer.capacityStatus}`)}</p>}
    </div>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { OfferCard } from "@/lib/offers/offer-card";
import { OfferFacts } from "./offer-facts";

export async function OfferResultCard({ offer, now }: { offer: OfferCard; now: Date }) {
  const t = await getTranslations();
  const districts = [...new Set(offer.locations.map((location) => t(`labels.district.${location.district}`)))];
  return (
    <article className="rounded-lg border border-slate-300 p-5" aria-labelledby={`offer-${offer.id}`}>
      <h3 id={`offer-${offer.id}`} className="text-xl font-bold">
        <Link href={`/tilbud/${offer.slug}`}>{offer.title}</Link>
      </h3>
      <p className="text-sm text-slate-700">{offer.unit.name}</p>
      <p className="mt-2 text-slate-900">{offer.summary}</p>
      <p className="mt-2 text-slate-800">{offer.forWhom}</p>
      {districts.length > 0 ? <p className="mt-2 text-sm text-slate-700">{t("offers.places", { districts: districts.join(", ") })}</p> : null}
      <div className="mt-3">
        <OfferFacts offer={offer} now={now} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        {offer.takesReferrals ? (
          <Link
            href={`/henvisninger/ny?offer=${offer.slug}`}
            aria-label={t("offers.referTo", { title: offer.title })}
            className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white"
          >
            {t("offers.refer")}
          </Link>
        ) : (
          <p className="text-sm text-slate-800">{t("offers.noReferral")}</p>
        )}
        <Link href={`/tilbud/${offer.slug}`} aria-label={t("offers.readMore", { title: offer.title })}>
          {t("offers.details")}
        </Link>
      </div>
    </article>
  );
}

import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { nextBestWhy } from "@/components/next-best-why";
import type { NextBestOffer } from "@/lib/search/next-best-offers";
import type { NextBest, WaitAndPlaces } from "@/lib/offers/next-best";

/**
 * On a full or slow offer's page: the offers that help with the same and can take the citizen sooner, each with why
 * in one line ("Samme hjælp · kortere ventetid, ca. 2 uger · har plads").
 */
export async function NextBestOffers({ offer, needLabels, alternatives }: { offer: WaitAndPlaces; needLabels: Map<string, string>; alternatives: NextBest<NextBestOffer>[] }) {
  if (alternatives.length === 0) return null;
  const t = await getTranslations("nextBest");
  const languageNames = new Intl.DisplayNames([await getLocale()], { type: "language" });
  const words = { t, needLabel: (slug: string) => needLabels.get(slug) ?? slug, languageName: (code: string) => languageNames.of(code) ?? code };
  const why = ({ offer: alternative, reasons }: NextBest<NextBestOffer>) => nextBestWhy(reasons, alternative.capacityStatus, words);
  return (
    <section aria-labelledby="next-best-heading" className="mt-6 rounded-lg border-2 border-amber-700 bg-amber-50 p-5">
      <h2 id="next-best-heading" className="text-lg font-bold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-slate-900">{offer.capacityStatus === "FULL" ? t("becauseFull") : t("becauseSlow", { weeks: offer.waitingWeeks ?? 0 })}</p>
      <ul className="mt-3 space-y-3">
        {alternatives.map((next) => (
          <li key={next.offer.id}>
            <Link href={`/tilbud/${next.offer.slug}`} className="font-semibold">
              {next.offer.title}
            </Link>
            <span className="text-slate-800"> – {next.offer.unitName}</span>
            <p className="text-slate-800">{why(next)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

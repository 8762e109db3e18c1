import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CsvLink } from "@/components/csv-link";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { pageTitle } from "@/lib/i18n/page-title";
import { getBridgingMap, type BridgingOffer } from "@/lib/reach/bridging-map";
import { requireUser } from "@/lib/session/authorize";
import type { District } from "@/lib/generated/prisma/enums";

export const generateMetadata = pageTitle("bridging.title");

/** How many activities a cell names before "og N mere". */
const SHOWN = 2;

// The bridging map: per district and need, which civil-society and local activities a citizen can go on to after a
// course, and where there are none — a matrix a manager reads in a minute, each activity linked to its offer page.
export default async function BridgingMapPage() {
  await requireUser("reach:read");
  const t = await getTranslations();
  const map = await getBridgingMap();
  const cell = (offers: BridgingOffer[]) =>
    offers.length === 0 ? (
      <span className="inline-block rounded border-2 border-amber-700 bg-amber-50 px-1.5 text-sm font-semibold text-amber-950">{t("bridging.none")}</span>
    ) : (
      <ul className="space-y-1 text-sm">
        {offers.slice(0, SHOWN).map((offer) => (
          <li key={offer.slug}>
            <Link href={`/tilbud/${offer.slug}`}>{offer.title}</Link>
          </li>
        ))}
        {offers.length > SHOWN ? <li className="text-slate-700">{t("bridging.more", { count: offers.length - SHOWN })}</li> : null}
      </ul>
    );
  return (
    <>
      <p className="mb-4">
        <Link href="/overblik">← {t("bridging.back")}</Link>
      </p>
      <PageHeader title={t("bridging.title")} intro={t("bridging.intro")} />
      <p className="mb-4 max-w-3xl text-lg font-semibold text-slate-900" data-testid="bridging-gaps">
        {t("bridging.gaps", { gaps: map.gaps, cells: map.districts.length * map.categories.length })}
      </p>
      <DataTable
        caption={t("bridging.caption")}
        rows={map.districts}
        rowKey={(district) => district}
        padding="px-3 py-2"
        rowClassName="align-top"
        columns={[
          { header: t("bridging.district"), rowHeader: true, className: "font-semibold whitespace-nowrap", cell: (district: District) => t(`labels.district.${district}`) },
          ...map.categories.map((category) => ({ header: t(`labels.needCategory.${category}`), cell: (district: District) => cell(map.cells[district][category]) })),
        ]}
      />
      <CsvLink table="bridging" />
    </>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CsvLink } from "@/components/csv-link";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { SmallCellsNote, SuppressedCount } from "@/components/suppressed-count";
import { pageTitle } from "@/lib/i18n/page-title";
import { getDataCompleteness, REFERRER_TYPES, type CompletenessCell } from "@/lib/reach/data-completeness";
import type { DisplayCell } from "@/lib/reach/small-cells";
import { requireUser } from "@/lib/session/authorize";

export const generateMetadata = pageTitle("completeness.title");

// How much of the shared social profile is left as "ikke oplyst", per field and referrer type: without it, nobody can
// tell whom the offers reach. Counts suppressed as on the overview (lib/reach/small-cells.ts).
export default async function DataCompletenessPage() {
  await requireUser("reach:read");
  const t = await getTranslations();
  const data = await getDataCompleteness();
  const cell = (value: CompletenessCell) => (
    <>
      <span className="block font-semibold">{value.percent === null ? "–" : t("completeness.percent", { percent: value.percent })}</span>
      <span className="block text-sm text-slate-700">
        <SuppressedCount cell={value.missing} />
      </span>
    </>
  );
  // A column's header: the referrer type (or all) and the referrals its shares are of.
  const heading = (label: string, referrals: DisplayCell) => (
    <>
      {label}
      <span className="block text-sm font-normal">
        {t("completeness.of")} <SuppressedCount cell={referrals} />
      </span>
    </>
  );
  return (
    <>
      <p className="mb-4">
        <Link href="/overblik">← {t("bridging.back")}</Link>
      </p>
      <PageHeader title={t("completeness.title")} intro={t("completeness.intro")} />
      <DataTable
        caption={t("completeness.caption")}
        rows={data.rows}
        rowKey={(row) => row.field}
        padding="px-3 py-2"
        rowClassName="align-top"
        columns={[
          { header: t("completeness.field"), rowHeader: true, className: "font-semibold", cell: (row) => t(`completeness.fields.${row.field}`) },
          ...REFERRER_TYPES.map((type, index) => ({
            header: heading(t(`triage.case.referrerTypes.${type}`), data.referrals[index]!),
            className: "text-right",
            headerClassName: "text-right",
            cell: (row: (typeof data.rows)[number]) => cell(row.cells[index]!),
          })),
          {
            header: heading(t("completeness.all"), data.allReferrals),
            className: "text-right",
            headerClassName: "text-right",
            cell: (row) => cell(row.all),
          },
        ]}
      />
      <p className="mt-3 max-w-3xl text-slate-800">{t("completeness.note")}</p>
      <SmallCellsNote />
      <CsvLink table="completeness" />
    </>
  );
}

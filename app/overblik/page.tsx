import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CappedCount } from "@/components/capped-count";
import { CsvLink } from "@/components/csv-link";
import { DataTable } from "@/components/data-table";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { SmallCellsNote, SuppressedCount } from "@/components/suppressed-count";
import { pageTitle } from "@/lib/i18n/page-title";
import { countEscalated } from "@/lib/reach/count-escalated";
import { countReferralsByStatus } from "@/lib/reach/count-referrals-by-status";
import { requireUser } from "@/lib/session/authorize";

export const generateMetadata = pageTitle("overview.title");

// Counts of referrals by status across the city, and where steps are still overdue after a reminder (escalated, decision
// 023), with small cells suppressed (lib/reach/small-cells.ts).
export default async function OverviewPage() {
  await requireUser("reach:read");
  const t = await getTranslations();
  const format = await getFormatter();
  const [counts, escalated] = await Promise.all([countReferralsByStatus(), countEscalated()]);
  return (
    <>
      <PageHeader title={t("overview.title")} intro={t("overview.intro")} />
      <ul className="mb-6 space-y-1">
        <li>
          <Link href="/overblik/datakvalitet" className="font-semibold">
            {t("overview.completenessLink")}
          </Link>
        </li>
        <li>
          <Link href="/overblik/brobygning" className="font-semibold">
            {t("overview.bridgingLink")}
          </Link>
        </li>
      </ul>
      {counts.empty ? (
        <EmptyState title={t("overview.empty")} />
      ) : (
        <>
          <DataTable
            caption={t("overview.title")}
            rows={counts.rows}
            rowKey={(row) => row.status}
            padding="py-2"
            className="max-w-xl"
            headClassName="border-b border-slate-300"
            framed={false}
            columns={[
              { header: t("referrals.status"), cell: (row) => t(`status.${row.status}`) },
              { header: t("overview.total"), headerClassName: "text-right", className: "text-right font-mono", cell: (row) => <SuppressedCount cell={row.count} /> },
            ]}
            footer={
              <tfoot className="border-t-2 border-slate-400 font-bold">
                <tr>
                  <th scope="row" className="py-2">{t("overview.total")}</th>
                  <td className="py-2 text-right font-mono">
                    <SuppressedCount cell={counts.total} />
                  </td>
                </tr>
              </tfoot>
            }
          />
          <SmallCellsNote />
          <CsvLink table="status" />
        </>
      )}
      <section aria-labelledby="escalated-title" className="mt-10">
        <h2 id="escalated-title" className="text-xl font-bold text-slate-900">
          {t("overview.escalatedTitle")}
        </h2>
        <p className="mt-1 mb-3 max-w-3xl text-slate-800">
          {t("overview.escalatedIntro")} {t("overview.escalatedCountedAt", { time: format.dateTime(escalated.countedAt, { timeStyle: "short" }) })}
        </p>
        {escalated.empty ? (
          <p data-testid="no-escalated">{t("overview.escalatedNone")}</p>
        ) : (
          <DataTable
            caption={t("overview.escalatedTitle")}
            rows={escalated.rows}
            rowKey={(row) => row.unitName ?? "central-triage"}
            padding="py-2"
            className="max-w-xl"
            headClassName="border-b border-slate-300"
            framed={false}
            columns={[
              { header: t("overview.escalatedHolder"), cell: (row) => row.unitName ?? t("referrals.centralTriage") },
              {
                header: t("overview.escalatedCount"),
                headerClassName: "text-right",
                className: "text-right font-mono",
                cell: (row) => (row.count.kind === "shown" ? <CappedCount count={row.count.value} /> : <SuppressedCount cell={row.count} />),
              },
            ]}
          />
        )}
        {escalated.empty ? null : <CsvLink table="escalated" />}
      </section>
    </>
  );
}

import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/authorize";
import { pageTitle } from "@/lib/i18n/page-title";
import { countReferralsByStatus } from "@/lib/reach/count-referrals-by-status";

export const generateMetadata = pageTitle("overview.title");

export default async function OverviewPage() {
  await requireUser("reach:read");
  const t = await getTranslations();
  const counts = await countReferralsByStatus();
  const total = counts.reduce((sum, row) => sum + row.count, 0);
  return (
    <>
      <PageHeader title={t("overview.title")} intro={t("overview.intro")} />
      {total === 0 ? (
        <EmptyState title={t("overview.empty")} />
      ) : (
        <DataTable
          caption={t("overview.title")}
          rows={counts}
          rowKey={(row) => row.status}
          padding="py-2"
          className="max-w-xl"
          headClassName="border-b border-slate-300"
          framed={false}
          columns={[
            { header: t("referrals.status"), cell: (row) => t(`status.${row.status}`) },
            { header: t("overview.total"), headerClassName: "text-right", className: "text-right font-mono", cell: (row) => row.count },
          ]}
          footer={
            <tfoot className="border-t-2 border-slate-400 font-bold">
              <tr>
                <th scope="row" className="py-2">{t("overview.total")}</th>
                <td className="py-2 text-right font-mono">{total}</td>
              </tr>
            </tfoot>
          }
        />
      )}
    </>
  );
}

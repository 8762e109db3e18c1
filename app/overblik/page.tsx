import { getTranslations } from "next-intl/server";
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
        <table className="w-full max-w-xl text-left">
          <caption className="sr-only">{t("overview.title")}</caption>
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className="py-2">{t("referrals.status")}</th>
              <th scope="col" className="py-2 text-right">{t("overview.total")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {counts.map((row) => (
              <tr key={row.status}>
                <td className="py-2">{t(`status.${row.status}`)}</td>
                <td className="py-2 text-right font-mono">{row.count}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-400 font-bold">
            <tr>
              <th scope="row" className="py-2">{t("overview.total")}</th>
              <td className="py-2 text-right font-mono">{total}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { requireUser } from "@/lib/auth/authorize";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("audit.title");

export default async function AuditLogPage() {
  await requireUser("audit:read");
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const entries = await listAuditLog();
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {entries.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">{t("time")}</th>
                <th scope="col" className="px-3 py-2">{t("user")}</th>
                <th scope="col" className="px-3 py-2">{t("action")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(entry.at, { dateStyle: "short", timeStyle: "medium" })}</td>
                  <td className="px-3 py-2">{entry.user ? `${entry.user.name} (${entry.organisation?.name ?? ""})` : "–"}</td>
                  <td className="px-3 py-2 font-mono">{entry.action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

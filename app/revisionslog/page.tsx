import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
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
        <DataTable
          caption={t("title")}
          rows={entries}
          rowKey={(entry) => entry.id}
          padding="px-3 py-2"
          className="text-sm"
          headClassName="bg-slate-100"
          columns={[
            { header: t("time"), className: "whitespace-nowrap", cell: (entry) => format.dateTime(entry.at, { dateStyle: "short", timeStyle: "medium" }) },
            { header: t("user"), cell: (entry) => (entry.user ? `${entry.user.name} (${entry.organisation?.name ?? ""})` : "–") },
            { header: t("action"), className: "font-mono", cell: (entry) => entry.action },
          ]}
        />
      )}
    </>
  );
}

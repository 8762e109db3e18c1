import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { dueDay } from "@/components/due-day";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { listEscalatedAtUnits } from "@/lib/escalation/list-escalated-at-units";
import { pageTitle } from "@/lib/i18n/page-title";
import { requireUser } from "@/lib/session/authorize";

export const generateMetadata = pageTitle("escalated.title");

// "Rykket hos enhederne": referrals at units still overdue after the unit's reminder (decision 023), for central
// triage to follow up with the unit. Numbers, units and steps only.
export default async function EscalatedAtUnitsPage() {
  await requireUser("triage:work");
  const t = await getTranslations();
  const locale = await getLocale();
  const rows = await listEscalatedAtUnits();
  return (
    <>
      <p className="mb-4">
        <Link href="/visitation">← {t("triage.case.back")}</Link>
      </p>
      <PageHeader title={t("escalated.title")} intro={t("escalated.intro")} />
      {rows.length === 0 ? (
        <EmptyState title={t("escalated.empty")} />
      ) : (
        <DataTable
          caption={t("escalated.title")}
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            { header: t("escalated.columns.number"), className: "font-mono", cell: (row) => row.number },
            {
              header: t("escalated.columns.unit"),
              cell: (row) => (
                <>
                  {row.destinationUnit?.name}
                  {row.destinationUnit?.phone ? <span className="block text-sm text-slate-700">{row.destinationUnit.phone}</span> : null}
                </>
              ),
            },
            { header: t("escalated.columns.offer"), cell: (row) => row.offer?.title ?? "–" },
            { header: t("escalated.columns.late"), cell: (row) => (row.clockStep ? t(`clock.steps.${row.clockStep}`) : "–") },
            { header: t("escalated.columns.due"), cell: (row) => (row.dueAt ? dueDay(locale, row.dueAt) : "–") },
          ]}
        />
      )}
    </>
  );
}

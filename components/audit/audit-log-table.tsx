import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, type Column } from "@/components/data-table";
import type { AuditRow } from "@/lib/audit/audit-rows";
import { readRefusalDetails } from "@/lib/audit/refusal-details";
import { getAuditLabels } from "./audit-labels";

/**
 * Audit rows as a table: when, who (name, role and organisation as they were), what (the action and what it was
 * about), which citizen (masked CPR number; only in the log, the citizen's own report is about one citizen) and from
 * where (address and browser).
 */
export async function AuditLogTable({ rows, caption, variant }: { rows: AuditRow[]; caption: string; variant: "log" | "report" }) {
  const t = await getTranslations();
  const labels = await getAuditLabels();
  const format = await getFormatter();
  const report = variant === "report";
  const columns: (Column<AuditRow> | null)[] = [
    {
      header: report ? t("auditReport.columns.time") : labels.columns.time,
      className: "whitespace-nowrap",
      cell: (row) => format.dateTime(row.at, { dateStyle: "short", timeStyle: "medium" }),
    },
    {
      header: report ? t("auditReport.columns.who") : labels.columns.user,
      cell: (row) =>
        row.user ? (
          <>
            <span className="font-semibold">{row.user.name}</span>
            {report ? null : <span className="block text-sm break-all text-slate-700">{row.user.email}</span>}
            <span className="block text-sm text-slate-700">{[row.role ? labels.role(row.role) : null, row.organisation].filter(Boolean).join(", ")}</span>
          </>
        ) : (
          t("audit.system")
        ),
    },
    {
      header: report ? t("auditReport.columns.what") : labels.columns.action,
      cell: (row) => (
        <>
          {labels.action(row.action)}
          {row.entity ? <span className="block text-sm text-slate-700">{labels.entity(row.entity)}</span> : null}
          <Refusal row={row} t={t} />
        </>
      ),
    },
    report
      ? null
      : {
          header: labels.columns.citizen,
          className: "font-mono whitespace-nowrap",
          cell: (row) => (row.citizen === "pseudonymised" ? <span className="font-sans">{labels.pseudonymised}</span> : (row.citizen?.cpr ?? "–")),
        },
    {
      header: report ? t("auditReport.columns.origin") : t("audit.columns.origin"),
      className: "text-sm",
      cell: (row) => (
        <>
          <span className="font-mono">{row.ip ?? "–"}</span>
          {row.userAgent ? <span className="block max-w-xs break-all text-slate-700 print:max-w-none">{row.userAgent}</span> : null}
        </>
      ),
    },
  ];
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.id}
      padding="px-3 py-2"
      className="align-top"
      rowClassName="align-top print:break-inside-avoid"
      columns={columns.filter((column): column is Column<AuditRow> => column !== null)}
    />
  );
}

/** For a refused request: the answer, the path and the id tried (which may belong to nothing, so it is shown as is). */
function Refusal({ row, t }: { row: AuditRow; t: Awaited<ReturnType<typeof getTranslations>> }) {
  const refusal = row.action === "access.refused" ? readRefusalDetails(row.details) : null;
  if (!refusal) return null;
  const values = { status: refusal.status, path: refusal.path ?? "–", id: row.entityId ?? "" };
  return <span className="block text-sm break-all text-slate-700">{row.entityId ? t("audit.refusalWithId", values) : t("audit.refusal", values)}</span>;
}

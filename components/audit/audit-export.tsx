import { getFormatter, getTranslations } from "next-intl/server";
import { auditQueryString, EXPORT_MAX_MONTHS, EXPORT_MAX_ROWS, exportPeriodAllowed, type AuditFilter, type ExportRefusal } from "@/lib/audit/schemas";
import { copenhagenDay } from "@/lib/time/copenhagen";

/**
 * The search as a CSV file: a link to the export route with the same filter (a CPR number as its search id), offered once the period is short enough
 * (the route checks again, and the row count). A refused export comes back here with the reason.
 */
export async function AuditExport({ filter, cprSearch, refusal }: { filter: AuditFilter; cprSearch?: string; refusal?: ExportRefusal }) {
  const t = await getTranslations("audit.export");
  const format = await getFormatter();
  const limits = { months: EXPORT_MAX_MONTHS, rows: format.number(EXPORT_MAX_ROWS) };
  return (
    <section aria-labelledby="audit-export-title" className="no-print mb-6 rounded-lg border border-slate-300 p-4">
      <h2 id="audit-export-title" className="text-lg font-bold text-slate-900">
        {t("title")}
      </h2>
      {refusal ? (
        <p role="alert" className="mt-2 rounded-md border-l-4 border-red-700 bg-red-50 px-3 py-2 font-semibold text-red-900">
          {refusal === "period" ? t("refusedPeriod", limits) : t("refusedRows", limits)}
        </p>
      ) : null}
      {exportPeriodAllowed(filter, copenhagenDay(new Date())) ? (
        <>
          <p className="mt-2">
            <a href={`/revisionslog/eksport${auditQueryString(filter, { cprSearch })}`} className="font-semibold">
              {t("link")}
            </a>
          </p>
          <p className="mt-1 text-sm text-slate-700">{t("hint", limits)}</p>
        </>
      ) : (
        <p className="mt-2 text-slate-800">{t("needsPeriod", limits)}</p>
      )}
    </section>
  );
}

import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AuditLogTable } from "@/components/audit/audit-log-table";
import { SubjectReportForm } from "@/components/audit/subject-report-form";
import { PageHeader } from "@/components/page-header";
import { PrintButton } from "@/components/print-button";
import { citizenSearchOf, sealCitizenSearchFor } from "@/lib/citizens/citizen-search";
import { CPR_SEARCH_PARAM, EXPORT_MAX_ROWS, parseSubjectReport } from "@/lib/audit/schemas";
import { getSubjectReport } from "@/lib/audit/subject-report";
import type { SessionUser } from "@/lib/auth/session-user";
import { formatCpr } from "@/lib/citizens/cpr";
import { sayMessage } from "@/lib/i18n/error-messages";
import { pageTitle } from "@/lib/i18n/page-title";
import { requireUser } from "@/lib/session/authorize";
import { getErrorTranslator } from "@/lib/i18n/server-errors";

export const generateMetadata = pageTitle("auditReport.title");

// "Hvem har set dette CPR-nummer?" (Sundhedsloven §42a): for a citizen who asks, every look-up of and change to their
// data, newest first — to print and hand over, or as a CSV file. The number is posted and comes back as a sealed
// search id, never in a URL (decision 009). Making the report is itself audit-logged. Rendered
// without <Suspense>, so that it works without JavaScript (a streamed boundary is filled in by a script).
export default async function SubjectReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("audit:read");
  const params = await searchParams;
  const report = parseSubjectReport(params, citizenSearchOf(user, params, CPR_SEARCH_PARAM));
  const t = await getTranslations("auditReport");
  return (
    <>
      <p className="no-print mb-4">
        <Link href="/revisionslog">← {t("back")}</Link>
      </p>
      <PageHeader title={t("title")} intro={t("intro")} />
      <SubjectReportForm value={report.values.cpr ?? ""} error={!report.ok && report.error ? sayMessage(report.error, await getErrorTranslator()) : undefined} />
      {report.ok ? <Report user={user} cpr={report.cpr} csvRefused={report.values.export === "rows"} /> : null}
    </>
  );
}

async function Report({ user, cpr, csvRefused }: { user: SessionUser; cpr: string; csvRefused: boolean }) {
  const t = await getTranslations("auditReport");
  const format = await getFormatter();
  const { rows, total } = await getSubjectReport(user, cpr);
  const shownCpr = formatCpr(cpr);
  return (
    <section aria-labelledby="report-title" className="print:text-sm">
      <h2 id="report-title" className="text-2xl font-bold text-slate-900">
        {t("heading", { cpr: shownCpr })}
      </h2>
      <p className="mt-1 text-slate-700">
        {t("madeBy", { date: format.dateTime(new Date(), { dateStyle: "long", timeStyle: "short" }), name: user.name, organisation: user.organisationName })}
      </p>
      {total === 0 ? (
        <p className="mt-4 rounded-lg border-2 border-slate-300 p-4 text-lg font-semibold text-slate-900" data-testid="report-none">
          {t("none")}
        </p>
      ) : (
        <>
          <p className="mt-4 text-lg">{t("count", { total })}</p>
          {total > rows.length ? <p className="mt-1 font-semibold">{t("truncated", { shown: rows.length, total })}</p> : null}
        </>
      )}
      {csvRefused ? (
        <p role="alert" className="no-print mt-4 rounded-md border-l-4 border-red-700 bg-red-50 px-3 py-2 font-semibold text-red-900">
          {t("refusedRows", { rows: format.number(EXPORT_MAX_ROWS) })}
        </p>
      ) : null}
      <div className="no-print mt-4 mb-6 flex flex-wrap items-center gap-4">
        <PrintButton label={t("print")} />
        {total > 0 ? (
          <a href={`/revisionslog/borger/eksport?${new URLSearchParams({ [CPR_SEARCH_PARAM]: sealCitizenSearchFor(user, cpr) })}`} className="font-semibold">
            {t("csv")}
          </a>
        ) : null}
      </div>
      {rows.length > 0 ? <AuditLogTable rows={rows} caption={t("tableCaption", { cpr: shownCpr })} variant="report" /> : null}
    </section>
  );
}

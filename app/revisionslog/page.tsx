import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuditExport } from "@/components/audit/audit-export";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditLogTable } from "@/components/audit/audit-log-table";
import { AuditPager } from "@/components/audit/audit-pager";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { citizenSearchOf, sealCitizenSearchFor } from "@/lib/citizens/citizen-search";
import { searchAuditLog } from "@/lib/audit/search-audit-log";
import { CPR_SEARCH_PARAM, hasAuditFilter, parseAuditSearch, type AuditFilter, type AuditPage } from "@/lib/audit/schemas";
import type { SessionUser } from "@/lib/auth/session-user";
import { sayEachField } from "@/lib/i18n/error-messages";
import { pageTitle } from "@/lib/i18n/page-title";
import { requireUser } from "@/lib/session/authorize";
import { getErrorTranslator } from "@/lib/i18n/server-errors";

export const generateMetadata = pageTitle("audit.title");

// The audit log for administrators: search by period, user, organisation, action and citizen (CPR number), 50 rows a
// page, the search in the URL — the CPR number only as a sealed search id, which each page renews for its links
// (decision 009) — and the search as a CSV file. CPR numbers are masked in the rows. No <Suspense> around the
// results: a streamed boundary is filled in by a script, and the page must work without one.
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("audit:read");
  const params = await searchParams;
  const search = parseAuditSearch(params, citizenSearchOf(user, params, CPR_SEARCH_PARAM));
  const t = await getTranslations("audit");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <p className="no-print -mt-2 mb-6">
        <Link href="/revisionslog/borger" className="font-semibold">
          {t("subjectLink")}
        </Link>
      </p>
      <AuditFilterForm values={search.values} errors={search.ok ? {} : sayEachField(search.fieldErrors, await getErrorTranslator())} />
      {search.ok ? <AuditResults user={user} filter={search.filter} page={search.page} /> : null}
    </>
  );
}

async function AuditResults({ user, filter, page }: { user: SessionUser; filter: AuditFilter; page: AuditPage }) {
  const t = await getTranslations("audit");
  const { rows, newer, older } = await searchAuditLog(user, filter, page);
  const cprSearch = filter.cpr ? sealCitizenSearchFor(user, filter.cpr) : undefined;
  return (
    <>
      <AuditExport filter={filter} cprSearch={cprSearch} refusal={page.export} />
      {rows.length === 0 ? (
        <EmptyState title={hasAuditFilter(filter) ? t("empty") : t("emptyLog")} />
      ) : (
        <section aria-labelledby="audit-results-title">
          <h2 id="audit-results-title" className="mb-3 text-xl font-bold text-slate-900">
            {t("resultsTitle")}
          </h2>
          <AuditLogTable rows={rows} caption={t("resultsTitle")} variant="log" />
          <AuditPager filter={filter} cprSearch={cprSearch} newer={newer} older={older} />
        </section>
      )}
    </>
  );
}

// GET /revisionslog/eksport?<the audit page's search>: the search as a CSV file for Excel, streamed. Administrators.
// A CPR number comes as the page's sealed search id (decision 009).
import { getAuditLabels } from "@/components/audit/audit-labels";
import { citizenSearchOf, sealCitizenSearchFor } from "@/lib/citizens/citizen-search";
import { csvFilename } from "@/lib/audit/csv";
import { exportAuditLog } from "@/lib/audit/export-audit-log";
import { auditQueryString, CPR_SEARCH_PARAM, parseAuditSearch } from "@/lib/audit/schemas";
import { csvResponse } from "@/lib/http/csv-response";
import { withRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Back to the search page (a relative Location, whatever host the proxy used), which says what was wrong. */
const backTo = (query: string) => new Response(null, { status: 303, headers: { Location: `/revisionslog${query}` } });

export const GET = withRoute({ permission: "audit:read" }, async (request, { user }) => {
  const url = new URL(request.url);
  // `user` is always set here (withRoute answered 401 without a session); the check is for the type.
  if (!user) return backTo(url.search);
  const search = parseAuditSearch(url.searchParams, citizenSearchOf(user, url.searchParams, CPR_SEARCH_PARAM));
  if (!search.ok) return backTo(url.search);
  const result = await exportAuditLog(user, search.filter, await getAuditLabels());
  if (!result.ok) return backTo(auditQueryString(search.filter, { export: result.refusal, cprSearch: search.filter.cpr ? sealCitizenSearchFor(user, search.filter.cpr) : undefined }));
  return csvResponse(result.csv, csvFilename("revisionslog", new Date()));
});

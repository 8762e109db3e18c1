// GET /revisionslog/borger/eksport?cprSearch=…: the report "Hvem har set dette CPR-nummer?" as a CSV file, the CPR
// number as the report's sealed search id (decision 009). Administrators.
import { getAuditLabels } from "@/components/audit/audit-labels";
import { citizenSearchOf, sealCitizenSearchFor } from "@/lib/citizens/citizen-search";
import { csvFilename } from "@/lib/audit/csv";
import { CPR_SEARCH_PARAM, parseSubjectReport } from "@/lib/audit/schemas";
import { exportSubjectReport } from "@/lib/audit/subject-report";
import { csvResponse } from "@/lib/http/csv-response";
import { withRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const backTo = (query: URLSearchParams) => new Response(null, { status: 303, headers: { Location: `/revisionslog/borger?${query}` } });

export const GET = withRoute({ permission: "audit:read" }, async (request, { user }) => {
  const url = new URL(request.url);
  // `user` is always set here (withRoute answered 401 without a session); the check is for the type.
  if (!user) return backTo(url.searchParams);
  const report = parseSubjectReport(url.searchParams, citizenSearchOf(user, url.searchParams, CPR_SEARCH_PARAM));
  if (!report.ok) return backTo(url.searchParams);
  const result = await exportSubjectReport(user, report.cpr, await getAuditLabels());
  if (!result.ok) return backTo(new URLSearchParams({ [CPR_SEARCH_PARAM]: sealCitizenSearchFor(user, report.cpr), export: result.refusal }));
  // The file's name says the day, never the CPR number: downloads folders and mail attachments show names.
  return csvResponse(result.csv, csvFilename("hvem-har-set-cpr", new Date()));
});

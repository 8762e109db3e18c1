// GET /revisionslog/borger/eksport?cpr=…: the report "Hvem har set dette CPR-nummer?" as a CSV file. Administrators.
import { getAuditLabels } from "@/components/audit/audit-labels";
import { csvFilename, csvResponse } from "@/lib/audit/csv";
import { parseSubjectReport } from "@/lib/audit/schemas";
import { exportSubjectReport } from "@/lib/audit/subject-report";
import { withRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const backTo = (query: URLSearchParams) => new Response(null, { status: 303, headers: { Location: `/revisionslog/borger?${query}` } });

export const GET = withRoute({ permission: "audit:read" }, async (request, { user }) => {
  const url = new URL(request.url);
  const report = parseSubjectReport(url.searchParams);
  // `user` is always set here (withRoute answered 401 without a session); the check is for the type.
  if (!user || !report.ok) return backTo(url.searchParams);
  const result = await exportSubjectReport(user, report.cpr, await getAuditLabels());
  if (!result.ok) return backTo(new URLSearchParams({ cpr: report.cpr, export: result.refusal }));
  // The file's name says the day, never the CPR number: downloads folders and mail attachments show names.
  return csvResponse(result.csv, csvFilename("hvem-har-set-cpr", new Date()));
});

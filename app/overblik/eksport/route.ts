// GET /overblik/eksport?tabel=status|escalated|bridging: one of the managers' tables as a CSV file for Excel, with the
// page's small-cell suppression. Managers and administrators; every download is audit-logged.
import { getTranslations } from "next-intl/server";
import { recordAudit } from "@/lib/audit/record";
import { csvFilename } from "@/lib/audit/csv";
import { csvResponse } from "@/lib/http/csv-response";
import { withRoute } from "@/lib/http/route";
import { getBridgingMap } from "@/lib/reach/bridging-map";
import { countEscalated } from "@/lib/reach/count-escalated";
import { countReferralsByStatus } from "@/lib/reach/count-referrals-by-status";
import { getDataCompleteness } from "@/lib/reach/data-completeness";
import { bridgingCsv, completenessCsv, escalatedCsv, OVERVIEW_TABLES, statusCsv, type CsvWords, type OverviewTable } from "@/lib/reach/overview-csv";

export const dynamic = "force-dynamic";

const FILE_NAMES: Record<OverviewTable, string> = { status: "henvisninger-efter-status", escalated: "rykket-videre", bridging: "brobygning", completeness: "ikke-oplyst" };

async function csvWords(): Promise<CsvWords> {
  const t = await getTranslations();
  const labels: Record<string, string> = {
    status: t("referrals.status"),
    count: t("overview.escalatedCount"),
    total: t("overview.total"),
    holder: t("overview.escalatedHolder"),
    centralTriage: t("referrals.centralTriage"),
    district: t("bridging.district"),
    none: t("bridging.none"),
    field: t("completeness.field"),
    allReferrers: t("completeness.all"),
    referrals: t("overview.escalatedCount"),
  };
  return {
    label: (key) => {
      const [family, value] = key.split(".");
      if (!value) return labels[key] ?? key;
      if (family === "status") return t(`status.${value}`);
      if (family === "district") return t(`labels.district.${value}`);
      if (family === "referrerType") return t(`triage.case.referrerTypes.${value}`);
      if (family === "field") return t(`completeness.fields.${value}`);
      return t(`labels.needCategory.${value}`);
    },
    small: t("smallCells.small"),
    hidden: t("smallCells.hidden"),
  };
}

async function csvOf(table: OverviewTable, words: CsvWords): Promise<string> {
  switch (table) {
    case "status":
      return statusCsv(await countReferralsByStatus(), words);
    case "escalated":
      return escalatedCsv(await countEscalated(), words);
    case "bridging":
      return bridgingCsv(await getBridgingMap(), words);
    case "completeness":
      return completenessCsv(await getDataCompleteness(), words);
  }
}

export const GET = withRoute({ permission: "reach:read" }, async (request, { user }) => {
  const table = new URL(request.url).searchParams.get("tabel");
  if (!user || !OVERVIEW_TABLES.includes(table as OverviewTable)) return new Response(null, { status: 303, headers: { Location: "/overblik" } });
  const chosen = table as OverviewTable;
  const csv = await csvOf(chosen, await csvWords());
  await recordAudit({ actor: user, action: "reach.export", entityType: "ReachTable", entityId: chosen });
  return csvResponse(new Blob([csv]).stream(), csvFilename(FILE_NAMES[chosen], new Date()));
});

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
import { bridgingCsv, escalatedCsv, OVERVIEW_TABLES, statusCsv, type CsvWords, type OverviewTable } from "@/lib/reach/overview-csv";

export const dynamic = "force-dynamic";

const FILE_NAMES: Record<OverviewTable, string> = { status: "henvisninger-efter-status", escalated: "rykket-videre", bridging: "brobygning" };

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
  };
  return {
    label: (key) => {
      const [family, value] = key.split(".");
      if (!value) return labels[key] ?? key;
      if (family === "status") return t(`status.${value}`);
      if (family === "district") return t(`labels.district.${value}`);
      return t(`labels.needCategory.${value}`);
    },
    small: t("smallCells.small"),
    hidden: t("smallCells.hidden"),
  };
}

export const GET = withRoute({ permission: "reach:read" }, async (request, { user }) => {
  const table = new URL(request.url).searchParams.get("tabel");
  if (!user || !OVERVIEW_TABLES.includes(table as OverviewTable)) return new Response(null, { status: 303, headers: { Location: "/overblik" } });
  const chosen = table as OverviewTable;
  const words = await csvWords();
  const csv = chosen === "status" ? statusCsv(await countReferralsByStatus(), words) : chosen === "escalated" ? escalatedCsv(await countEscalated(), words) : bridgingCsv(await getBridgingMap(), words);
  await recordAudit({ actor: user, action: "reach.export", entityType: "ReachTable", entityId: chosen });
  return csvResponse(new Blob([csv]).stream(), csvFilename(FILE_NAMES[chosen], new Date()));
});

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { maskCpr } from "@/lib/citizens/cpr";
import type { QueueRow } from "@/lib/triage/list-triage-queue";
import type { PublicHolidays } from "@/lib/time/working-days";
import { DueMark } from "@/components/due-mark";
import { UnreadMark } from "@/components/unread-mark";
import { CaseAge } from "./case-age";
import { RoutingReasons } from "./routing-reasons";

const NEEDS_TEXT_PREVIEW = 80;

/** The start of the GP's own words, cut at a word. */
function preview(text: string): string {
  if (text.length <= NEEDS_TEXT_PREVIEW) return text;
  const cut = text.slice(0, NEEDS_TEXT_PREVIEW);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length).replace(/[\s,.;:–-]+$/, "")} …`;
}

/** One view of the queue, oldest first. Names and masked CPR numbers only; the full number is on the case page. */
export async function TriageQueueTable({ caption, rows, now, holidays }: { caption: string; rows: QueueRow[]; now: Date; holidays: PublicHolidays }) {
  const t = await getTranslations();
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.id}
      padding="px-3 py-3"
      className="align-top"
      rowClassName="align-top"
      columns={[
        {
          header: t("triage.columns.number"),
          cell: (row) => (
            <>
              <Link href={`/visitation/${row.id}`} className="font-mono text-lg font-semibold" aria-label={t("triage.openCase", { number: row.number, name: row.citizenName })}>
                {row.number}
              </Link>
              {row.unread ? <UnreadMark /> : null}
            </>
          ),
        },
        {
          header: t("triage.columns.citizen"),
          cell: (row) => (
            <>
              {row.citizenName}
              <span className="block font-mono text-sm whitespace-nowrap text-slate-700">{maskCpr(row.citizen.cpr)}</span>
              {row.status !== "RECEIVED" ? <span className="block text-sm text-slate-700">{t(`triage.caseStatus.${row.status}`)}</span> : null}
            </>
          ),
        },
        {
          header: t("triage.columns.age"),
          cell: (row) =>
            row.sentAt ? (
              <>
                <CaseAge receivedAt={row.sentAt} dueAt={row.dueAt} now={now} holidays={holidays} />
                <DueMark dueAt={row.dueAt} now={now} plain />
              </>
            ) : null,
        },
        {
          header: t("triage.columns.needs"),
          cell: (row) => (row.needs.length > 0 ? row.needs.map((need) => need.label).join(", ") : row.needsText ? <q>{preview(row.needsText)}</q> : "–"),
        },
        {
          header: t("triage.columns.district"),
          cell: (row) => (row.socialProfile?.district ? t(`labels.district.${row.socialProfile.district}`) : t("triage.notGiven")),
        },
        {
          header: t("triage.columns.priority"),
          cell: (row) =>
            row.priority === "HIGH" ? (
              <span className="rounded border-2 border-amber-700 bg-amber-50 px-2 py-0.5 text-sm font-bold text-amber-950">{t("triage.priority.HIGH")}</span>
            ) : (
              t("triage.priority.NORMAL")
            ),
        },
        { header: t("triage.columns.reasons"), className: "text-sm", cell: (row) => <RoutingReasons codes={row.routingReasons} /> },
      ]}
    />
  );
}

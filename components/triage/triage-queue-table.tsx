import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { maskCpr } from "@/lib/citizens/cpr";
import type { QueueRow } from "@/lib/triage/list-triage-queue";
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
export async function TriageQueueTable({ caption, rows, now }: { caption: string; rows: QueueRow[]; now: Date }) {
  const t = await getTranslations();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="w-full text-left align-top">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-sm text-slate-800">
          <tr>
            <th scope="col" className="px-3 py-3">{t("triage.columns.number")}</th>
            <th scope="col" className="px-3 py-3">{t("triage.columns.citizen")}</th>
            <th scope="col" className="px-3 py-3">{t("triage.columns.age")}</th>
            <th scope="col" className="px-3 py-3">{t("triage.columns.needs")}</th>
            <th scope="col" className="px-3 py-3">{t("triage.columns.district")}</th>
            <th scope="col" className="px-3 py-3">{t("triage.columns.priority")}</th>
            <th scope="col" className="px-3 py-3">{t("triage.columns.reasons")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row) => (
            <tr key={row.id} className="align-top">
              <td className="px-3 py-3">
                <Link href={`/visitation/${row.id}`} className="font-mono text-lg font-semibold" aria-label={t("triage.openCase", { number: row.number, name: row.citizen.name })}>
                  {row.number}
                </Link>
              </td>
              <td className="px-3 py-3">
                {row.citizen.name}
                <span className="block font-mono text-sm whitespace-nowrap text-slate-700">{maskCpr(row.citizen.cpr)}</span>
                {row.status !== "RECEIVED" ? <span className="block text-sm text-slate-700">{t(`triage.caseStatus.${row.status}`)}</span> : null}
              </td>
              <td className="px-3 py-3">{row.sentAt ? <CaseAge receivedAt={row.sentAt} now={now} /> : null}</td>
              <td className="px-3 py-3">
                {row.needs.length > 0 ? row.needs.map((need) => need.label).join(", ") : row.needsText ? <q>{preview(row.needsText)}</q> : "–"}
              </td>
              <td className="px-3 py-3">{row.socialProfile?.district ? t(`labels.district.${row.socialProfile.district}`) : t("triage.notGiven")}</td>
              <td className="px-3 py-3">
                {row.priority === "HIGH" ? (
                  <span className="rounded border-2 border-amber-700 bg-amber-50 px-2 py-0.5 text-sm font-bold text-amber-950">{t("triage.priority.HIGH")}</span>
                ) : (
                  t("triage.priority.NORMAL")
                )}
              </td>
              <td className="px-3 py-3 text-sm">
                <RoutingReasons codes={row.routingReasons} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

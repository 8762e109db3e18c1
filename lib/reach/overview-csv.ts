// The managers' tables as CSV for Excel (lib/audit/csv.ts: UTF-8 with a byte order mark, ";", CRLF), with exactly the
// suppression the page shows: a count is the number, "<5" or "skjult" — never a raw count the page hides. Pure: the
// caller gives the tables as lib/reach made them and the words in the reader's language.
import { CSV_BOM, csvRow } from "@/lib/audit/csv";
import type { BridgingMap } from "./bridging-map";
import { REFERRER_TYPES, type DataCompleteness } from "./data-completeness";
import type { EscalatedCounts } from "./count-escalated";
import type { StatusCounts } from "./count-referrals-by-status";
import type { DisplayCell } from "./small-cells";

/** The tables of the overview that can be downloaded. */
export const OVERVIEW_TABLES = ["status", "escalated", "bridging", "completeness"] as const;
export type OverviewTable = (typeof OVERVIEW_TABLES)[number];

export interface CsvWords {
  /** Column headers and row labels, e.g. "Status", "I alt"; the status, unit and district names. */
  label: (key: string) => string;
  small: string;
  hidden: string;
}

const cellText = (cell: DisplayCell, words: CsvWords) => (cell.kind === "shown" ? cell.value : cell.kind === "small" ? words.small : words.hidden);

/** Referrals by status, with the total. */
export function statusCsv(counts: StatusCounts, words: CsvWords): string {
  return (
    CSV_BOM +
    csvRow([words.label("status"), words.label("count")]) +
    counts.rows.map((row) => csvRow([words.label(`status.${row.status}`), cellText(row.count, words)])).join("") +
    csvRow([words.label("total"), cellText(counts.total, words)])
  );
}

/** Steps still overdue after a reminder, per holder (no total: a "<5" could be worked out from it). */
export function escalatedCsv(counts: EscalatedCounts, words: CsvWords): string {
  return (
    CSV_BOM +
    csvRow([words.label("holder"), words.label("count")]) +
    counts.rows.map((row) => csvRow([row.unitName ?? words.label("centralTriage"), row.count.kind === "shown" ? row.count.value : words.small])).join("")
  );
}

/** The bridging map: per district and need the activities' titles, or the word for none. Catalogue data only. */
export function bridgingCsv(map: BridgingMap, words: CsvWords): string {
  return (
    CSV_BOM +
    csvRow([words.label("district"), ...map.categories.map((category) => words.label(`category.${category}`))]) +
    map.districts
      .map((district) =>
        csvRow([
          words.label(`district.${district}`),
          ...map.categories.map((category) => {
            const offers = map.cells[district][category];
            return offers.length === 0 ? words.label("none") : offers.map((offer) => offer.title).join(" · ");
          }),
        ]),
      )
      .join("")
  );
}

/** "Ikke oplyst" per profile field: for each referrer type and all, the count (suppressed) and its share in per cent. */
export function completenessCsv(data: DataCompleteness, words: CsvWords): string {
  const columns = [...REFERRER_TYPES.map((type) => words.label(`referrerType.${type}`)), words.label("allReferrers")];
  return (
    CSV_BOM +
    csvRow([words.label("field"), ...columns.flatMap((column) => [column, `${column} %`])]) +
    csvRow([words.label("referrals"), ...[...data.referrals, data.allReferrals].flatMap((cell) => [cellText(cell, words), ""])]) +
    data.rows
      .map((row) => csvRow([words.label(`field.${row.field}`), ...[...row.cells, row.all].flatMap((cell) => [cellText(cell.missing, words), cell.percent ?? ""])]))
      .join("")
  );
}

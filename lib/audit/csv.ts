// CSV that Danish Excel opens as it is: UTF-8 with a byte order mark (or Excel guesses Windows-1252 and "ø" breaks),
// ";" between cells (Danish Excel's list separator, since "," is the decimal comma) and CRLF between rows (RFC 4180).
// Pure.
import { copenhagenDay } from "@/lib/time/copenhagen";

export const CSV_BOM = "\uFEFF";
const SEPARATOR = ";";
const NEWLINE = "\r\n";

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return, which some strip first) as a formula:
 * a user name or a browser string chosen by an attacker could then run code on the administrator's machine. Such a
 * cell gets a leading apostrophe, which shows it as text (OWASP "CSV Injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[";,\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(SEPARATOR) + NEWLINE;
}

/** "revisionslog-2026-11-23.csv": what the download is called, with the day it was made in Copenhagen. */
export function csvFilename(name: string, now: Date): string {
  return `${name}-${copenhagenDay(now)}.csv`;
}


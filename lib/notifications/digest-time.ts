// When the daily digest goes out: at DIGEST_HOUR o'clock Copenhagen time, once per organisation and day.

export const DIGEST_HOUR = 7;
const TIME_ZONE = "Europe/Copenhagen";

const parts = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" });

/** The Copenhagen calendar day (YYYY-MM-DD) whose digest is due at `now`, or null before the digest hour of the day. */
export function dueDigestDay(now: Date, hour = DIGEST_HOUR): string | null {
  const values = Object.fromEntries(parts.formatToParts(now).map((part) => [part.type, part.value]));
  if (Number(values.hour) < hour) return null;
  return `${values.year}-${values.month}-${values.day}`;
}

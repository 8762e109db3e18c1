// A date and a time as the unit types them, in Copenhagen's time (summer and winter time), as an instant. Pure.

const ZONE = "Europe/Copenhagen";

/** Copenhagen's offset from UTC, in milliseconds, at the instant given. */
function offsetAt(instant: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - instant;
}

/** "2026-03-05" and "10:30" as the instant it is 10:30 in Copenhagen that day; null for a date that does not exist. */
export function copenhagenTime(date: string, time: string): Date | null {
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  if ([year, month, day, hour, minute].some((value) => value === undefined || Number.isNaN(value))) return null;
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day) return null;
  // The offset at the wall time read as UTC is right except within hours of a change; a second pass settles it.
  const first = wall - offsetAt(wall);
  return new Date(wall - offsetAt(first));
}

// The portal's clock is Copenhagen's: the day a CPR number, an export or a digest belongs to, a time a unit types,
// a time in a CSV row — all on Copenhagen's wall clock, with summer and winter time. Pure.

const ZONE = "Europe/Copenhagen";

type Part = "year" | "month" | "day" | "hour" | "minute" | "second";

const WALL_CLOCK = new Intl.DateTimeFormat("en-CA", {
  timeZone: ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

const HOUR = 3_600_000;

/** Copenhagen's offset from UTC at `instant`, in milliseconds, as ICU's time zone data gives it. */
function zoneOffset(instant: number): number {
  const parts = Object.fromEntries(WALL_CLOCK.formatToParts(instant).map((part) => [part.type, part.value])) as Record<Part, string>;
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)) - instant;
}

// The offset changes only on whole UTC hours (summer time starts and ends at 01:00 UTC), so it is asked of ICU once per
// hour and remembered: a list of 50 rows asks for a wall clock hundreds of times, and formatToParts is slow.
const offsets = new Map<number, number>();

/** Copenhagen's offset from UTC, in milliseconds, at the instant given. */
function offsetAt(instant: number): number {
  const hour = Math.floor(instant / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    if (offsets.size >= 100_000) offsets.clear();
    offset = zoneOffset(hour * HOUR);
    offsets.set(hour, offset);
  }
  return offset;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** What Copenhagen's clock shows at `instant`, each part zero-padded ("2026-11-24", "00:30:00"). */
function wallClock(instant: Date | number): Record<Part, string> {
  const at = typeof instant === "number" ? instant : instant.getTime();
  const wall = new Date(at + offsetAt(at));
  return {
    year: pad(wall.getUTCFullYear(), 4),
    month: pad(wall.getUTCMonth() + 1),
    day: pad(wall.getUTCDate()),
    hour: pad(wall.getUTCHours()),
    minute: pad(wall.getUTCMinutes()),
    second: pad(wall.getUTCSeconds()),
  };
}

/** The calendar day in Copenhagen at `instant`, as YYYY-MM-DD. */
export function copenhagenDay(instant: Date): string {
  const { year, month, day } = wallClock(instant);
  return `${year}-${month}-${day}`;
}

/** The hour (0–23) on Copenhagen's clock at `instant`. */
export function copenhagenHour(instant: Date): number {
  return Number(wallClock(instant).hour);
}

/** Date and time on Copenhagen's clock as a spreadsheet reads them: "2026-11-23 14:05:09". */
export function copenhagenDateTime(instant: Date): string {
  const { year, month, day, hour, minute, second } = wallClock(instant);
  return `${year}-${month}-${day} ${hour}:${minute}:${second}`;
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

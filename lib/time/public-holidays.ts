import "server-only";
import { getDb, type Db } from "@/lib/db";
import type { PublicHolidays } from "./working-days";

/** Years before and after now that the table holds. */
const YEARS_BACK = 1;
const YEARS_AHEAD = 5;
/** The holidays are read again after this long, so a server running over New Year sees next year's. */
const KEEP_MS = 24 * 60 * 60 * 1000;

type HolidayDb = Pick<Db, "$queryRaw" | "$executeRaw">;

/**
 * Fills "PublicHoliday" with Denmark's public holidays (type "public" in the date-holidays package: Nytårsdag, Easter,
 * Kristi Himmelfart, Pinse, Christmas …) for the years around `now` that it lacks. Run at seed time; the package (all
 * countries' rules, ~25 MB in memory) is loaded only then, never by the server.
 */
export async function ensurePublicHolidays(db: HolidayDb, now = new Date()): Promise<void> {
  const first = now.getUTCFullYear() - YEARS_BACK;
  const years = Array.from({ length: YEARS_BACK + YEARS_AHEAD + 1 }, (_, index) => first + index);
  const present = await db.$queryRaw<{ year: number }[]>`SELECT DISTINCT left(day, 4)::int AS year FROM "PublicHoliday"`;
  const missing = years.filter((year) => !present.some((row) => row.year === year));
  if (missing.length === 0) return;
  const { default: Holidays } = await import("date-holidays");
  const denmark = new Holidays("DK");
  const days = missing.flatMap((year) => denmark.getHolidays(year).filter((holiday) => holiday.type === "public"));
  await db.$executeRaw`
    INSERT INTO "PublicHoliday"(day, name)
    SELECT * FROM unnest(${days.map((holiday) => holiday.date.slice(0, 10))}::text[], ${days.map((holiday) => holiday.name)}::text[])
    ON CONFLICT DO NOTHING`;
}

let kept: { holidays: PublicHolidays; until: number } | null = null;

/**
 * The public holidays, read from the database and kept for a day (they change once a year). Inside a transaction, pass
 * it: the embedded database has one connection, which the transaction holds.
 */
export async function loadPublicHolidays(tx?: HolidayDb, now = Date.now()): Promise<PublicHolidays> {
  if (kept && kept.until > now) return kept.holidays;
  const db = tx ?? (await getDb());
  const rows = await db.$queryRaw<{ day: string }[]>`SELECT day FROM "PublicHoliday"`;
  kept = { holidays: new Set(rows.map((row) => row.day)), until: now + KEEP_MS };
  return kept.holidays;
}

import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { ensurePublicHolidays, loadPublicHolidays } from "@/lib/time/public-holidays";
import { workingDaysSince } from "@/lib/time/working-days";

describe("public holidays", () => {
  beforeAll(async () => {
    await seedDemoData(await getDb());
  });

  it("are derived into the database at seed time for the years around now, once", async () => {
    const db = await getDb();
    const now = new Date();
    await ensurePublicHolidays(db, now);
    const rows = await db.$queryRaw<{ day: string; name: string }[]>`SELECT day, name FROM "PublicHoliday" WHERE day LIKE ${`${now.getUTCFullYear()}-12-%`} ORDER BY day`;
    expect(rows.map((row) => row.day.slice(5))).toEqual(["12-25", "12-26"]);
    const years = await db.$queryRaw<{ years: number }[]>`SELECT count(DISTINCT left(day, 4))::int AS years FROM "PublicHoliday"`;
    expect(years[0]!.years).toBe(7);
  });

  it("shift a working-day count over Easter as the server reads them", async () => {
    const holidays = await loadPublicHolidays();
    // Wednesday before Easter 2026 (Skærtorsdag 2 April, Langfredag 3 April, Anden påskedag 6 April).
    expect(["2026-04-02", "2026-04-03", "2026-04-06"].every((day) => holidays.has(day))).toBe(true);
    expect(workingDaysSince(new Date("2026-04-01T09:00:00Z"), new Date("2026-04-07T09:00:00Z"), holidays)).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import Holidays from "date-holidays";
import { addWorkingDays, workingDaysSince as since, type PublicHolidays } from "./working-days";

const NONE: PublicHolidays = new Set();
const workingDaysSince = (from: Date, now: Date) => since(from, now, NONE);
/** Denmark's public holidays from the same package the seed derives the table from. */
const DANISH: PublicHolidays = new Set(
  [2024, 2025, 2026].flatMap((year) => new Holidays("DK").getHolidays(year).filter((holiday) => holiday.type === "public").map((holiday) => holiday.date.slice(0, 10))),
);

// Copenhagen is UTC+1 in winter: 2025-01-06 is a Monday.
const at = (iso: string) => new Date(iso);

describe("workingDaysSince", () => {
  it("is 0 on the day the case arrived", () => {
    expect(workingDaysSince(at("2025-01-06T08:00:00Z"), at("2025-01-06T15:00:00Z"))).toBe(0);
  });

  it("counts Monday to Friday only", () => {
    const monday = at("2025-01-06T09:00:00Z");
    expect(workingDaysSince(monday, at("2025-01-07T09:00:00Z"))).toBe(1);
    expect(workingDaysSince(monday, at("2025-01-10T09:00:00Z"))).toBe(4);
    expect(workingDaysSince(monday, at("2025-01-12T09:00:00Z"))).toBe(4);
    expect(workingDaysSince(monday, at("2025-01-13T09:00:00Z"))).toBe(5);
    expect(workingDaysSince(monday, at("2025-01-16T09:00:00Z"))).toBe(8);
    expect(workingDaysSince(monday, at("2025-02-03T09:00:00Z"))).toBe(20);
  });

  it("lets a weekend pass without ageing a case that arrived on Friday by more than one day", () => {
    const friday = at("2025-01-10T14:00:00Z");
    expect(workingDaysSince(friday, at("2025-01-11T10:00:00Z"))).toBe(0);
    expect(workingDaysSince(friday, at("2025-01-13T10:00:00Z"))).toBe(1);
  });

  it("starts a case that arrived at the weekend on Monday", () => {
    const saturday = at("2025-01-11T10:00:00Z");
    expect(workingDaysSince(saturday, at("2025-01-12T10:00:00Z"))).toBe(0);
    expect(workingDaysSince(saturday, at("2025-01-13T10:00:00Z"))).toBe(0);
    expect(workingDaysSince(saturday, at("2025-01-14T10:00:00Z"))).toBe(1);
  });

  it("counts days as they are in Copenhagen, not in UTC", () => {
    // 23:30 UTC on Monday is 00:30 on Tuesday in Copenhagen.
    expect(workingDaysSince(at("2025-01-06T12:00:00Z"), at("2025-01-06T23:30:00Z"))).toBe(1);
    // 23:30 UTC on Friday 28 March 2025 is already Saturday in Copenhagen; summer time starts that Sunday.
    expect(workingDaysSince(at("2025-03-28T23:30:00Z"), at("2025-03-31T06:00:00Z"))).toBe(0);
    expect(workingDaysSince(at("2025-03-27T23:30:00Z"), at("2025-03-31T06:00:00Z"))).toBe(1);
  });

  it("never goes below 0 when the clocks disagree", () => {
    expect(workingDaysSince(at("2025-01-08T09:00:00Z"), at("2025-01-07T09:00:00Z"))).toBe(0);
  });
});

describe("public holidays", () => {
  it("skips Easter: Skærtorsdag, Langfredag and Anden påskedag are not working days", () => {
    // Wednesday 16 April 2025; Easter Monday is 21 April.
    const wednesday = at("2025-04-16T09:00:00Z");
    expect(since(wednesday, at("2025-04-22T09:00:00Z"), DANISH)).toBe(1);
    expect(since(wednesday, at("2025-04-22T09:00:00Z"), NONE)).toBe(4);
    expect(addWorkingDays(wednesday, 2, DANISH)).toBe("2025-04-23");
  });

  it("skips Christmas: a case that arrives on Juledag starts on the next working day", () => {
    // Thursday 25 and Friday 26 December 2025 are holidays, then the weekend.
    expect(since(at("2025-12-25T10:00:00Z"), at("2025-12-29T10:00:00Z"), DANISH)).toBe(0);
    expect(since(at("2025-12-24T10:00:00Z"), at("2025-12-29T10:00:00Z"), DANISH)).toBe(1);
    expect(addWorkingDays(at("2025-12-23T10:00:00Z"), 2, DANISH)).toBe("2025-12-29");
  });

  it("gives the due day as workingDaysSince counts: it is that many working days later", () => {
    const from = at("2026-05-12T09:00:00Z"); // Kristi Himmelfart is Thursday 14 May 2026
    for (const days of [0, 1, 2, 3, 5]) {
      const due = addWorkingDays(from, days, DANISH);
      expect(since(from, at(`${due}T10:00:00Z`), DANISH)).toBe(days);
    }
    expect(addWorkingDays(from, 2, DANISH)).toBe("2026-05-15");
  });
});

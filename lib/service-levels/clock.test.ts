import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import type { PublicHolidays } from "@/lib/time/working-days";
import { clockFor, isOverdue, stepAfter, stepFromHistory, type ClockContext } from "./clock";
import { DEFAULT_SERVICE_LEVELS } from "./levels";

/** Denmark's public holidays from the package the seed derives the table from. */
const DANISH: PublicHolidays = new Set(
  [2026, 2027].flatMap((year) => new Holidays("DK").getHolidays(year).filter((holiday) => holiday.type === "public").map((holiday) => holiday.date.slice(0, 10))),
);
const context = (overrides: Partial<ClockContext> = {}): ClockContext => ({ levels: { ...DEFAULT_SERVICE_LEVELS }, holidays: DANISH, waitingWeeks: null, ...overrides });

describe("clockFor", () => {
  it("is due at the end of the working day the service level names, in Copenhagen", () => {
    // Monday 2 March 2026, 10:00 in Copenhagen (UTC+1): opened by the end of Tuesday, contacted by the end of Thursday.
    const monday = new Date("2026-03-02T09:00:00Z");
    expect(clockFor("UNIT_OPEN", monday, context()).dueAt.toISOString()).toBe("2026-03-03T23:00:00.000Z");
    expect(clockFor("FIRST_CONTACT", monday, context()).dueAt.toISOString()).toBe("2026-03-05T23:00:00.000Z");
    expect(clockFor("TRIAGE_DECISION", monday, context()).dueAt.toISOString()).toBe("2026-03-04T23:00:00.000Z");
  });

  it("counts Easter out: a referral received the day before Skærtorsdag is opened by the Tuesday after Easter", () => {
    const wednesday = new Date("2026-04-01T08:00:00Z");
    // 2 April (Skærtorsdag), 3 (Langfredag), the weekend and 6 April (2. påskedag) are not working days; summer time.
    expect(clockFor("UNIT_OPEN", wednesday, context()).dueAt.toISOString()).toBe("2026-04-07T22:00:00.000Z");
    expect(clockFor("UNIT_OPEN", wednesday, context({ holidays: new Set() })).dueAt.toISOString()).toBe("2026-04-02T22:00:00.000Z");
  });

  it("counts Christmas out: central triage's two days from 23 December end on 28 December", () => {
    // 24 December is a working day (an observance, not a public holiday); 25 and 26 December and the weekend are not.
    const clock = clockFor("TRIAGE_DECISION", new Date("2026-12-23T09:00:00Z"), context());
    expect(clock.dueAt.toISOString()).toBe("2026-12-28T23:00:00.000Z");
    // Escalated two working days after the due day: 29 and 30 December.
    expect(clock.escalateAt.toISOString()).toBe("2026-12-30T23:00:00.000Z");
  });

  it("gives the first meeting the offer's declared wait and the extra weeks, on a working day", () => {
    const monday = new Date("2026-03-02T09:00:00Z");
    expect(clockFor("FIRST_MEETING", monday, context({ waitingWeeks: 4 })).dueAt.toISOString()).toBe("2026-04-13T22:00:00.000Z");
    // Six weeks from 2 March is 13 April; with no declared wait, two weeks: 16 March.
    expect(clockFor("FIRST_MEETING", monday, context()).dueAt.toISOString()).toBe("2026-03-16T23:00:00.000Z");
    // Four weeks lands on Monday 30 March; a service level of 1 extra week on 6 April (2. påskedag) moves to 7 April.
    expect(clockFor("FIRST_MEETING", monday, context({ waitingWeeks: 4, levels: { ...DEFAULT_SERVICE_LEVELS, firstMeetingExtraWeeks: 1 } })).dueAt.toISOString()).toBe(
      "2026-04-07T22:00:00.000Z",
    );
  });

  it("follows the service level an administrator set", () => {
    const monday = new Date("2026-03-02T09:00:00Z");
    const levels = { ...DEFAULT_SERVICE_LEVELS, openWorkingDays: 0, escalateAfterWorkingDays: 1 };
    const clock = clockFor("UNIT_OPEN", monday, context({ levels }));
    expect(clock.dueAt.toISOString()).toBe("2026-03-02T23:00:00.000Z");
    expect(clock.escalateAt.toISOString()).toBe("2026-03-03T23:00:00.000Z");
  });
});

describe("stepAfter", () => {
  it("starts a new clock on every receipt: the unit opens, central triage decides", () => {
    expect(stepAfter("RECEIVED", "RECEIVED", true, null)).toEqual({ step: "UNIT_OPEN", from: "now" });
    expect(stepAfter("RECEIVED", "RECEIVED", false, "FIRST_CONTACT")).toEqual({ step: "TRIAGE_DECISION", from: "now" });
    expect(stepAfter("INFORMATION_PROVIDED", "RECEIVED", false, null)).toEqual({ step: "TRIAGE_DECISION", from: "now" });
  });

  it("moves a unit's clock on from the receipt: opened or accepted, then the first attempt", () => {
    expect(stepAfter("SEEN", "RECEIVED", true, "UNIT_OPEN")).toEqual({ step: "FIRST_CONTACT", from: "receipt" });
    expect(stepAfter("ACCEPTED", "ACCEPTED", true, "UNIT_OPEN")).toEqual({ step: "FIRST_CONTACT", from: "receipt" });
    expect(stepAfter("ACCEPTED", "ACCEPTED", true, "FIRST_CONTACT")).toBe("unchanged");
    expect(stepAfter("CONTACT_ATTEMPT", "ACCEPTED", true, "FIRST_CONTACT")).toEqual({ step: "FIRST_MEETING", from: "receipt" });
    expect(stepAfter("CONTACT_ATTEMPT", "ACCEPTED", true, "FIRST_MEETING")).toBe("unchanged");
  });

  it("stops the clock while nobody owes a step: a question to the referrer, a booked meeting, the end", () => {
    expect(stepAfter("INFORMATION_REQUESTED", "AWAITING_INFORMATION", false, "TRIAGE_DECISION")).toBeNull();
    expect(stepAfter("FIRST_MEETING_BOOKED", "FIRST_MEETING_BOOKED", true, "FIRST_MEETING")).toBeNull();
    expect(stepAfter("FORWARDED", "FORWARDED", true, "TRIAGE_DECISION")).toBeNull();
    expect(stepAfter("DECLINED", "DECLINED", false, "TRIAGE_DECISION")).toBeNull();
  });

  it("leaves the clock alone on a claim, a release or a priority change", () => {
    expect(stepAfter("CLAIMED", "IN_TRIAGE", false, "TRIAGE_DECISION")).toBe("unchanged");
    expect(stepAfter("RELEASED", "RECEIVED", false, "TRIAGE_DECISION")).toBe("unchanged");
    expect(stepAfter("PRIORITY_CHANGED", "RECEIVED", true, "UNIT_OPEN")).toBe("unchanged");
  });
});

describe("stepFromHistory", () => {
  it("reads the step owed from what happened since the last receipt", () => {
    expect(stepFromHistory("RECEIVED", false, [])).toBe("TRIAGE_DECISION");
    expect(stepFromHistory("RECEIVED", true, [])).toBe("UNIT_OPEN");
    expect(stepFromHistory("RECEIVED", true, ["SEEN"])).toBe("FIRST_CONTACT");
    expect(stepFromHistory("ACCEPTED", true, ["SEEN", "ACCEPTED", "CONTACT_ATTEMPT"])).toBe("FIRST_MEETING");
    expect(stepFromHistory("FIRST_MEETING_BOOKED", true, [])).toBeNull();
  });
});

describe("isOverdue", () => {
  it("is overdue from the due instant on", () => {
    const due = new Date("2026-03-03T23:00:00Z");
    expect(isOverdue(due, new Date("2026-03-03T22:59:59Z"))).toBe(false);
    expect(isOverdue(due, due)).toBe(true);
    expect(isOverdue(null, due)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { caseAge, TRIAGE_TARGET_WORKING_DAYS, workingDaysSince } from "./working-days";

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

describe("caseAge", () => {
  const monday = at("2025-01-06T09:00:00Z");

  it(`is within the target up to ${TRIAGE_TARGET_WORKING_DAYS} working days and over it after`, () => {
    expect(caseAge(monday, at("2025-01-07T09:00:00Z"))).toEqual({ workingDays: 1, overTarget: false });
    expect(caseAge(monday, at("2025-01-08T16:00:00Z"))).toEqual({ workingDays: 2, overTarget: false });
    expect(caseAge(monday, at("2025-01-09T08:00:00Z"))).toEqual({ workingDays: 3, overTarget: true });
  });

  it("does not count a weekend against the target", () => {
    const thursday = at("2025-01-09T09:00:00Z");
    expect(caseAge(thursday, at("2025-01-13T09:00:00Z"))).toEqual({ workingDays: 2, overTarget: false });
    expect(caseAge(thursday, at("2025-01-14T09:00:00Z"))).toEqual({ workingDays: 3, overTarget: true });
  });
});

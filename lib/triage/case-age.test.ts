import { describe, expect, it } from "vitest";
import { clockFor } from "@/lib/service-levels/clock";
import { DEFAULT_SERVICE_LEVELS } from "@/lib/service-levels/levels";
import { caseAge as age } from "./case-age";

const at = (iso: string) => new Date(iso);
const dueOf = (receivedAt: Date, holidays: Set<string>) => clockFor("TRIAGE_DECISION", receivedAt, { levels: DEFAULT_SERVICE_LEVELS, holidays, waitingWeeks: null }).dueAt;
const caseAge = (receivedAt: Date, now: Date, holidays = new Set<string>()) => age(receivedAt, dueOf(receivedAt, holidays), now, holidays);

describe("caseAge", () => {
  const monday = at("2025-01-06T09:00:00Z");

  it(`is within the target up to ${DEFAULT_SERVICE_LEVELS.decisionWorkingDays} working days and over it after`, () => {
    expect(caseAge(monday, at("2025-01-07T09:00:00Z"))).toEqual({ workingDays: 1, overTarget: false });
    expect(caseAge(monday, at("2025-01-08T16:00:00Z"))).toEqual({ workingDays: 2, overTarget: false });
    expect(caseAge(monday, at("2025-01-09T08:00:00Z"))).toEqual({ workingDays: 3, overTarget: true });
  });

  it("does not count a weekend against the target", () => {
    const thursday = at("2025-01-09T09:00:00Z");
    expect(caseAge(thursday, at("2025-01-13T09:00:00Z"))).toEqual({ workingDays: 2, overTarget: false });
    expect(caseAge(thursday, at("2025-01-14T09:00:00Z"))).toEqual({ workingDays: 3, overTarget: true });
  });

  it("does not count a public holiday against the target", () => {
    // Wednesday 16 April 2025, then Skærtorsdag, Langfredag, the weekend and Anden påskedag.
    const holidays = new Set(["2025-04-17", "2025-04-18", "2025-04-21"]);
    expect(caseAge(at("2025-04-16T09:00:00Z"), at("2025-04-23T09:00:00Z"), holidays)).toEqual({ workingDays: 2, overTarget: false });
  });

  it("is not over a target while no clock runs (waiting for the referrer's answer)", () => {
    expect(age(monday, null, at("2025-02-06T09:00:00Z"), new Set())).toEqual({ workingDays: 23, overTarget: false });
  });
});

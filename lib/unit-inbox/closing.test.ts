import { describe, expect, it } from "vitest";
import { nextStatus } from "@/lib/referrals/transitions";
import { OUTCOMES } from "@/lib/referrals/event-details";
import { mayStart, needsReason, OUTCOME_EVENT, outcomesFor } from "./closing";

describe("closing outcomes", () => {
  it("offers the outcomes after the start only to a started referral, and those before it otherwise", () => {
    expect(outcomesFor("STARTED")).toEqual(["COMPLETED_AS_PLANNED", "STOPPED_AFTER_START", "MOVED_OR_OTHER"]);
    expect(outcomesFor("FIRST_MEETING_BOOKED")).toEqual(["DECLINED_BEFORE_START", "NOT_REACHED", "MOVED_OR_OTHER"]);
    expect(outcomesFor("RECEIVED")).toEqual(["DECLINED_BEFORE_START", "NOT_REACHED"]);
    expect(outcomesFor("COMPLETED")).toEqual([]);
    expect(outcomesFor("IN_TRIAGE")).toEqual([]);
  });

  it("records every outcome the form offers as a move the lifecycle allows, to an end status", () => {
    for (const status of ["RECEIVED", "ACCEPTED", "FIRST_MEETING_BOOKED", "STARTED"] as const) {
      for (const outcome of outcomesFor(status)) expect(["COMPLETED", "CITIZEN_DECLINED", "NOT_REACHED"]).toContain(nextStatus(status, OUTCOME_EVENT[outcome]));
    }
  });

  it("asks a reason of every outcome but a plan completed and a citizen not reached", () => {
    expect(OUTCOMES.filter(needsReason)).toEqual(["STOPPED_AFTER_START", "DECLINED_BEFORE_START", "MOVED_OR_OTHER"]);
  });

  it("lets a course start only once the booked first meeting has come", () => {
    const meeting = new Date("2026-03-10T09:00:00Z");
    expect(mayStart(null, meeting)).toBe(false);
    expect(mayStart(meeting, new Date("2026-03-01T09:00:00Z"))).toBe(false);
    expect(mayStart(meeting, meeting)).toBe(true);
  });
});

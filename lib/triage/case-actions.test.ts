import { describe, expect, it } from "vitest";
import { caseActions, type CaseState } from "./case-actions";

const queued: CaseState = { route: "TRIAGE", destinationUnitId: null, status: "RECEIVED", assignedToId: null };

describe("caseActions", () => {
  it("offers the claim, a priority change and giving it to a colleague on a case nobody has taken", () => {
    expect(caseActions(queued, "me")).toEqual({ claim: true, decide: false, changePriority: true, assign: true });
  });

  it("offers the decisions to the coordinator who took the case; colleagues may only give it to someone", () => {
    const taken = { ...queued, status: "IN_TRIAGE" as const, assignedToId: "me" };
    expect(caseActions(taken, "me")).toEqual({ claim: false, decide: true, changePriority: true, assign: true });
    expect(caseActions(taken, "colleague")).toEqual({ claim: false, decide: false, changePriority: false, assign: true });
  });

  it("lets the colleague a queued case was given to take it, and nobody else", () => {
    const given = { ...queued, assignedToId: "me" };
    expect(caseActions(given, "me")).toMatchObject({ claim: true });
    expect(caseActions(given, "colleague")).toMatchObject({ claim: false });
  });

  it("offers nothing once the case is at a unit or closed", () => {
    const none = { claim: false, decide: false, changePriority: false, assign: false };
    expect(caseActions({ ...queued, destinationUnitId: "unit-1" }, "me")).toEqual(none);
    expect(caseActions({ ...queued, status: "DECLINED", assignedToId: "me" }, "me")).toEqual(none);
  });

  it("lets the priority change while the case waits for the referrer's answer", () => {
    expect(caseActions({ ...queued, status: "AWAITING_INFORMATION" }, "me")).toEqual({ claim: false, decide: false, changePriority: true, assign: false });
  });
});

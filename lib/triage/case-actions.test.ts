import { describe, expect, it } from "vitest";
import { caseActions, type CaseState } from "./case-actions";

const queued: CaseState = { route: "TRIAGE", destinationUnitId: null, status: "RECEIVED", assignedToId: null };

describe("caseActions", () => {
  it("offers the claim (and a priority change) on a case nobody has taken", () => {
    expect(caseActions(queued, "me")).toEqual({ claim: true, decide: false, changePriority: true });
  });

  it("offers the decisions to the coordinator who took the case, and nothing to colleagues", () => {
    const taken = { ...queued, status: "IN_TRIAGE" as const, assignedToId: "me" };
    expect(caseActions(taken, "me")).toEqual({ claim: false, decide: true, changePriority: true });
    expect(caseActions(taken, "colleague")).toEqual({ claim: false, decide: false, changePriority: false });
  });

  it("offers nothing once the case is at a unit or closed", () => {
    const none = { claim: false, decide: false, changePriority: false };
    expect(caseActions({ ...queued, destinationUnitId: "unit-1" }, "me")).toEqual(none);
    expect(caseActions({ ...queued, status: "DECLINED", assignedToId: "me" }, "me")).toEqual(none);
  });

  it("lets the priority change while the case waits for the referrer's answer", () => {
    expect(caseActions({ ...queued, status: "AWAITING_INFORMATION" }, "me")).toEqual({ claim: false, decide: false, changePriority: true });
  });
});

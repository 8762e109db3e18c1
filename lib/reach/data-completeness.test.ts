import { describe, expect, it } from "vitest";
import { completenessOf, type CompletenessGroup } from "./data-completeness";

const group = (type: CompletenessGroup["type"], referrals: number, missing: Partial<Omit<CompletenessGroup, "type" | "referrals">> = {}): CompletenessGroup => ({
  type,
  referrals,
  district: 0,
  educationLevel: 0,
  employmentStatus: 0,
  livesAlone: 0,
  chronicConditionCount: 0,
  ...missing,
});

describe("data completeness", () => {
  it("gives each field's share not stated per referrer type and in all, with the referrals it is of", () => {
    const data = completenessOf([group("GP_PRACTICE", 200, { educationLevel: 50, district: 20 }), group("JOBCENTRE", 40, { educationLevel: 10 })]);
    const education = data.rows.find((row) => row.field === "educationLevel")!;
    expect(education.cells.map((cell) => cell.percent)).toEqual([25, 25, null, null]);
    expect(education.all).toEqual({ missing: { kind: "shown", value: 60 }, percent: 25 });
    expect(data.referrals).toEqual([{ kind: "shown", value: 200 }, { kind: "shown", value: 40 }, { kind: "shown", value: 0 }, { kind: "shown", value: 0 }]);
    expect(data.allReferrals).toEqual({ kind: "shown", value: 240 });
    // No referrals from a type: 0 of 0 has no share.
    expect(data.rows[0]!.cells[2]).toEqual({ missing: { kind: "shown", value: 0 }, percent: null });
  });

  it("shows 1–4 as <5 without a share, and hides a complement so the row's total cannot give it away", () => {
    const data = completenessOf([group("GP_PRACTICE", 200, { livesAlone: 30 }), group("HOSPITAL", 12, { livesAlone: 3 })]);
    const livesAlone = data.rows.find((row) => row.field === "livesAlone")!;
    expect(livesAlone.cells[3]).toEqual({ missing: { kind: "small" }, percent: null });
    // 30 and the total 33 would give the hospital's 3 away: one of them is hidden, and no share is shown beside it.
    const hidden = [livesAlone.cells[0]!.missing, livesAlone.all.missing].filter((cell) => cell.kind === "hidden");
    expect(hidden.length).toBeGreaterThan(0);
    for (const cell of [livesAlone.cells[0]!, livesAlone.all]) if (cell.missing.kind !== "shown") expect(cell.percent).toBeNull();
  });

  it("hides the shares of a referrer type with fewer than 5 referrals", () => {
    const data = completenessOf([group("GP_PRACTICE", 100, { district: 10 }), group("SOCIAL_SERVICES", 3, { district: 1 })]);
    expect(data.referrals[2]).toEqual({ kind: "small" });
    expect(data.rows[0]!.cells[2]!.percent).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { CPR_SEARCH_MINUTES, cprSearchKey, openCprSearch, sealCprSearch } from "./cpr-search-id";

const key = cprSearchKey("the portal's secret");
const now = Date.parse("2026-03-02T10:00:00Z");
const as = { key, userId: "demo-user-admin", now };

describe("a search id for a CPR number", () => {
  it("opens for the same user within the time, giving what was typed", () => {
    const id = sealCprSearch("0707614285", as);
    expect(openCprSearch(id, as)).toEqual({ ok: true, typed: "0707614285" });
    expect(openCprSearch(id, { ...as, now: now + CPR_SEARCH_MINUTES * 60_000 - 1 })).toEqual({ ok: true, typed: "0707614285" });
  });

  it("never holds the number readably, and differs every time", () => {
    const first = sealCprSearch("0707614285", as);
    const second = sealCprSearch("0707614285", as);
    expect(first).not.toEqual(second);
    for (const id of [first, second]) {
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(id).not.toContain("0707614285");
      expect(Buffer.from(id, "base64url").toString("latin1")).not.toContain("0707614285");
    }
  });

  it("has expired after CPR_SEARCH_MINUTES", () => {
    const id = sealCprSearch("0707614285", as);
    expect(openCprSearch(id, { ...as, now: now + CPR_SEARCH_MINUTES * 60_000 })).toEqual({ ok: false, reason: "expired" });
  });

  it("does not open for another user, with another secret, or when altered", () => {
    const id = sealCprSearch("0707614285", as);
    expect(openCprSearch(id, { ...as, userId: "demo-user-gp" })).toEqual({ ok: false, reason: "invalid" });
    expect(openCprSearch(id, { ...as, key: cprSearchKey("another secret") })).toEqual({ ok: false, reason: "invalid" });
    const raw = Buffer.from(id, "base64url");
    raw[14] = (raw[14] ?? 0) ^ 1;
    expect(openCprSearch(raw.toString("base64url"), as)).toEqual({ ok: false, reason: "invalid" });
    for (const junk of ["", "abc", "a".repeat(401), "not base64!", id.slice(0, 20)]) expect(openCprSearch(junk, as)).toEqual({ ok: false, reason: "invalid" });
  });

  it("keeps a wrongly typed number (the form shows it again), cut at 50 characters", () => {
    expect(openCprSearch(sealCprSearch("12345", as), as)).toEqual({ ok: true, typed: "12345" });
    expect(openCprSearch(sealCprSearch("9".repeat(80), as), as)).toEqual({ ok: true, typed: "9".repeat(50) });
  });
});

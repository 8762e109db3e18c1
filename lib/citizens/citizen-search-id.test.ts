import { describe, expect, it } from "vitest";
import { CITIZEN_SEARCH_MINUTES, CITIZEN_SEARCH_TYPED_MAX, citizenSearchKey, openCitizenSearch, sealCitizenSearch } from "./citizen-search-id";

const key = citizenSearchKey("the portal's secret");
const now = Date.parse("2026-03-02T10:00:00Z");
const as = { key, userId: "demo-user-admin", now };

describe("a search id for a citizen search (CPR number or name)", () => {
  it("opens for the same user within the time, giving what was typed", () => {
    const id = sealCitizenSearch("0707614285", as);
    expect(openCitizenSearch(id, as)).toEqual({ ok: true, typed: "0707614285" });
    expect(openCitizenSearch(id, { ...as, now: now + CITIZEN_SEARCH_MINUTES * 60_000 - 1 })).toEqual({ ok: true, typed: "0707614285" });
  });

  it("never holds the number readably, and differs every time", () => {
    const first = sealCitizenSearch("0707614285", as);
    const second = sealCitizenSearch("0707614285", as);
    expect(first).not.toEqual(second);
    for (const id of [first, second]) {
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(id).not.toContain("0707614285");
      expect(Buffer.from(id, "base64url").toString("latin1")).not.toContain("0707614285");
    }
  });

  it("has expired after CITIZEN_SEARCH_MINUTES", () => {
    const id = sealCitizenSearch("0707614285", as);
    expect(openCitizenSearch(id, { ...as, now: now + CITIZEN_SEARCH_MINUTES * 60_000 })).toEqual({ ok: false, reason: "expired" });
  });

  it("does not open for another user, with another secret, or when altered", () => {
    const id = sealCitizenSearch("0707614285", as);
    expect(openCitizenSearch(id, { ...as, userId: "demo-user-gp" })).toEqual({ ok: false, reason: "invalid" });
    expect(openCitizenSearch(id, { ...as, key: citizenSearchKey("another secret") })).toEqual({ ok: false, reason: "invalid" });
    const raw = Buffer.from(id, "base64url");
    raw[14] = (raw[14] ?? 0) ^ 1;
    expect(openCitizenSearch(raw.toString("base64url"), as)).toEqual({ ok: false, reason: "invalid" });
    for (const junk of ["", "abc", "a".repeat(401), "not base64!", id.slice(0, 20)]) expect(openCitizenSearch(junk, as)).toEqual({ ok: false, reason: "invalid" });
  });

  it("keeps a wrongly typed number (the form shows it again), cut at CITIZEN_SEARCH_TYPED_MAX characters", () => {
    expect(openCitizenSearch(sealCitizenSearch("12345", as), as)).toEqual({ ok: true, typed: "12345" });
    expect(openCitizenSearch(sealCitizenSearch("9".repeat(CITIZEN_SEARCH_TYPED_MAX + 30), as), as)).toEqual({ ok: true, typed: "9".repeat(CITIZEN_SEARCH_TYPED_MAX) });
  });

  it("seals a name with Danish letters at full length within the id's own limit", () => {
    const name = "Æblø Østergård-Åkjær ".repeat(10).slice(0, CITIZEN_SEARCH_TYPED_MAX);
    expect(openCitizenSearch(sealCitizenSearch(name, as), as)).toEqual({ ok: true, typed: name });
  });
});

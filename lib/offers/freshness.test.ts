import { describe, expect, it } from "vitest";
import { isNew, isStale } from "./freshness";

const now = new Date("2026-11-23T12:00:00Z");

describe("offer freshness", () => {
  it("marks a waiting time older than 60 days as stale", () => {
    expect(isStale(new Date("2026-09-24T12:00:00Z"), now)).toBe(false);
    expect(isStale(new Date("2026-09-23T11:00:00Z"), now)).toBe(true);
  });

  it("shows an offer as new until its new-until date", () => {
    expect(isNew(new Date("2026-11-24T00:00:00Z"), now)).toBe(true);
    expect(isNew(new Date("2026-11-22T00:00:00Z"), now)).toBe(false);
    expect(isNew(null, now)).toBe(false);
  });
});

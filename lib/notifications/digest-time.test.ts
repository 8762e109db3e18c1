import { describe, expect, it } from "vitest";
import { dueDigestDay } from "./digest-time";

describe("dueDigestDay", () => {
  it("is due from 7 o'clock Copenhagen time in winter (UTC+1)", () => {
    expect(dueDigestDay(new Date("2026-11-23T05:59:59Z"))).toBeNull();
    expect(dueDigestDay(new Date("2026-11-23T06:00:00Z"))).toBe("2026-11-23");
    expect(dueDigestDay(new Date("2026-11-23T22:59:00Z"))).toBe("2026-11-23");
    expect(dueDigestDay(new Date("2026-11-23T23:30:00Z"))).toBeNull(); // 00:30 on the 24th
  });

  it("follows summer time (UTC+2)", () => {
    expect(dueDigestDay(new Date("2026-06-15T04:59:00Z"))).toBeNull();
    expect(dueDigestDay(new Date("2026-06-15T05:00:00Z"))).toBe("2026-06-15");
  });

  it("takes another hour", () => {
    expect(dueDigestDay(new Date("2026-11-23T08:00:00Z"), 10)).toBeNull();
    expect(dueDigestDay(new Date("2026-11-23T09:00:00Z"), 10)).toBe("2026-11-23");
  });
});

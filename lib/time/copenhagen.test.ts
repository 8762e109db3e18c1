import { describe, expect, it } from "vitest";
import { copenhagenDateTime, copenhagenDay, copenhagenHour, copenhagenTime } from "./copenhagen";

describe("copenhagenDay", () => {
  it("is the day on Copenhagen's clock, not in UTC", () => {
    // 23:30 UTC on 23 November is 00:30 on 24 November in Copenhagen (UTC+1); 22:30 UTC on 1 July is 00:30 on 2 July (UTC+2).
    expect(copenhagenDay(new Date("2026-11-23T22:59:59Z"))).toBe("2026-11-23");
    expect(copenhagenDay(new Date("2026-11-23T23:30:00Z"))).toBe("2026-11-24");
    expect(copenhagenDay(new Date("2026-07-01T22:30:00Z"))).toBe("2026-07-02");
  });
});

describe("copenhagenHour and copenhagenDateTime", () => {
  it("read Copenhagen's clock in winter and summer time, midnight as 00", () => {
    expect(copenhagenHour(new Date("2026-11-23T23:30:00Z"))).toBe(0);
    expect(copenhagenHour(new Date("2026-06-15T05:00:00Z"))).toBe(7);
    expect(copenhagenDateTime(new Date("2026-11-23T23:30:00Z"))).toBe("2026-11-24 00:30:00");
    expect(copenhagenDateTime(new Date("2026-07-01T10:05:09Z"))).toBe("2026-07-01 12:05:09");
  });

  it("turn at the second the clocks change (01:00 UTC), however often asked", () => {
    for (let round = 0; round < 2; round += 1) {
      expect(copenhagenDateTime(new Date("2026-03-29T00:59:59Z"))).toBe("2026-03-29 01:59:59");
      expect(copenhagenDateTime(new Date("2026-03-29T01:00:00Z"))).toBe("2026-03-29 03:00:00");
      expect(copenhagenDateTime(new Date("2026-10-25T00:59:59Z"))).toBe("2026-10-25 02:59:59");
      expect(copenhagenDateTime(new Date("2026-10-25T01:00:00Z"))).toBe("2026-10-25 02:00:00");
    }
  });
});

describe("copenhagenTime", () => {
  it("reads winter time as UTC+1 and summer time as UTC+2", () => {
    expect(copenhagenTime("2030-01-15", "10:30")?.toISOString()).toBe("2030-01-15T09:30:00.000Z");
    expect(copenhagenTime("2030-07-15", "10:30")?.toISOString()).toBe("2030-07-15T08:30:00.000Z");
  });

  it("handles the days the clocks change", () => {
    expect(copenhagenTime("2030-03-31", "12:00")?.toISOString()).toBe("2030-03-31T10:00:00.000Z");
    expect(copenhagenTime("2030-10-27", "12:00")?.toISOString()).toBe("2030-10-27T11:00:00.000Z");
  });

  it("refuses a date that does not exist", () => {
    expect(copenhagenTime("2030-02-30", "10:00")).toBeNull();
    expect(copenhagenTime("2030-13-01", "10:00")).toBeNull();
  });
});

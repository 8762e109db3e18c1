import { describe, expect, it } from "vitest";
import { copenhagenTime } from "./meeting-time";

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

import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./outbox";

describe("retryDelayMs", () => {
  it("doubles from 30 seconds and stops at an hour", () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(8)).toBe(60 * 60_000);
    expect(retryDelayMs(500)).toBe(60 * 60_000);
  });

  it("takes other limits", () => {
    expect(retryDelayMs(3, { firstRetryMs: 1_000, maxRetryMs: 3_000 })).toBe(3_000);
  });
});

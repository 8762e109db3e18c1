import { describe, expect, it } from "vitest";
import { clipId, PATH_HEADER, readRefusalDetails, refusalRequestFromHeaders, withoutCpr } from "./refusal-details";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("refusalRequestFromHeaders", () => {
  it("reads the path the proxy set, and tells pages, server actions and route handlers apart", () => {
    expect(refusalRequestFromHeaders(headers({ [PATH_HEADER]: "/henvisninger/cm123" }))).toEqual({ via: "page", path: "/henvisninger/cm123" });
    expect(refusalRequestFromHeaders(headers({ [PATH_HEADER]: "/visitation/cm123", "next-action": "7f00ab" }))).toEqual({ via: "action", path: "/visitation/cm123" });
    expect(refusalRequestFromHeaders(headers({ [PATH_HEADER]: "/api/referrals" }))).toEqual({ via: "route", path: "/api/referrals" });
  });

  it("records no path when the proxy was skipped (a prefetch), or set none", () => {
    expect(refusalRequestFromHeaders(headers({ [PATH_HEADER]: "/forged", "next-router-prefetch": "1" })).path).toBeNull();
    expect(refusalRequestFromHeaders(headers({ [PATH_HEADER]: "/forged", purpose: "prefetch" })).path).toBeNull();
    expect(refusalRequestFromHeaders(headers({}))).toEqual({ via: "page", path: null });
  });

  it("never writes a CPR number or a query string, and cuts a long path", () => {
    expect(refusalRequestFromHeaders(headers({ [PATH_HEADER]: "/henvisninger/0707614285?cpr=0707614285" })).path).toBe("/henvisninger/070761-XXXX");
    expect(refusalRequestFromHeaders(headers({ [PATH_HEADER]: `/${"a".repeat(1000)}` })).path).toHaveLength(300);
  });
});

describe("withoutCpr and clipId", () => {
  it("masks a standalone CPR-like number with or without the dash, and leaves other digits alone", () => {
    expect(withoutCpr("070761-4285 og 0707614285")).toBe("070761-XXXX og 070761-XXXX");
    expect(withoutCpr("12345678901 og 123456789")).toBe("12345678901 og 123456789");
    expect(withoutCpr("cm9z0000guessed0000000000")).toBe("cm9z0000guessed0000000000");
  });

  it("cuts an id at 64 characters", () => {
    expect(clipId("x".repeat(100))).toHaveLength(64);
    expect(clipId("0707614285")).toBe("070761-XXXX");
  });
});

describe("readRefusalDetails", () => {
  it("reads what a refusal row holds, and nothing from other rows", () => {
    const details = { status: 404, via: "action", path: "/visitation/cm1", permission: "triage:work" };
    expect(readRefusalDetails(details)).toEqual(details);
    expect(readRefusalDetails({ changed: ["title"] })).toBeNull();
    expect(readRefusalDetails(null)).toBeNull();
  });
});

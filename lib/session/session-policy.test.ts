import { describe, expect, it } from "vitest";
import { isSessionEnd, SESSION_MAX_AGE_SECONDS, sessionEnd } from "./session-policy";

const MINUTE = 60 * 1000;
const signedInAt = Date.UTC(2026, 10, 24, 7, 30);

describe("sessionEnd", () => {
  it("keeps a session while requests come at least every idle period", () => {
    expect(sessionEnd({ signedInAt, lastSeenAt: signedInAt }, signedInAt, 30)).toBeNull();
    expect(sessionEnd({ signedInAt, lastSeenAt: signedInAt + 60 * MINUTE }, signedInAt + 89 * MINUTE, 30)).toBeNull();
  });

  it("ends a session after the idle period without a request", () => {
    expect(sessionEnd({ signedInAt, lastSeenAt: signedInAt }, signedInAt + 30 * MINUTE - 1, 30)).toBeNull();
    expect(sessionEnd({ signedInAt, lastSeenAt: signedInAt }, signedInAt + 30 * MINUTE, 30)).toBe("idle");
    expect(sessionEnd({ signedInAt, lastSeenAt: signedInAt }, signedInAt + 10 * MINUTE, 10)).toBe("idle");
  });

  it("ends a busy session after 8 hours from signing in", () => {
    expect(SESSION_MAX_AGE_SECONDS).toBe(8 * 60 * 60);
    const end = signedInAt + SESSION_MAX_AGE_SECONDS * 1000;
    expect(sessionEnd({ signedInAt, lastSeenAt: end - MINUTE }, end - 1, 30)).toBeNull();
    expect(sessionEnd({ signedInAt, lastSeenAt: end - MINUTE }, end, 30)).toBe("expired");
    expect(sessionEnd({ signedInAt, lastSeenAt: signedInAt }, end, 30)).toBe("expired");
  });

  it("treats a token without both times as expired", () => {
    expect(sessionEnd({}, signedInAt, 30)).toBe("expired");
    expect(sessionEnd({ signedInAt }, signedInAt, 30)).toBe("expired");
    expect(sessionEnd({ signedInAt: String(signedInAt), lastSeenAt: signedInAt }, signedInAt, 30)).toBe("expired");
  });
});

describe("isSessionEnd", () => {
  it("accepts only the reasons the sign-in page can explain", () => {
    expect(isSessionEnd("idle")).toBe(true);
    expect(isSessionEnd("expired")).toBe(true);
    expect(isSessionEnd("ended")).toBe(true);
    expect(isSessionEnd("failed")).toBe(false);
    expect(isSessionEnd(undefined)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { originFromHeaders } from "./request-origin";

const origin = (headers: Record<string, string>) => originFromHeaders(new Headers(headers));

describe("where a request came from", () => {
  it("takes the client from the first address of X-Forwarded-For, and the browser from User-Agent", () => {
    expect(origin({ "x-forwarded-for": "203.0.113.7, 10.0.0.2, 10.0.0.1", "x-real-ip": "10.0.0.2", "user-agent": "Mozilla/5.0 (X11; Linux x86_64)" })).toEqual({
      ip: "203.0.113.7",
      userAgent: "Mozilla/5.0 (X11; Linux x86_64)",
    });
  });

  it("falls back to X-Real-IP when X-Forwarded-For is missing or empty", () => {
    expect(origin({ "x-real-ip": "198.51.100.4" }).ip).toBe("198.51.100.4");
    expect(origin({ "x-forwarded-for": " ", "x-real-ip": "198.51.100.4" }).ip).toBe("198.51.100.4");
  });

  it("writes an IPv4 client on an IPv6 socket as the IPv4 address, and keeps real IPv6 addresses", () => {
    expect(origin({ "x-forwarded-for": "::ffff:127.0.0.1" }).ip).toBe("127.0.0.1");
    expect(origin({ "x-forwarded-for": "2001:db8::1" }).ip).toBe("2001:db8::1");
  });

  it("records nothing rather than an empty string, and cuts what a client could make endless", () => {
    expect(origin({})).toEqual({ ip: null, userAgent: null });
    const recorded = origin({ "x-forwarded-for": "x".repeat(1000), "user-agent": "y".repeat(5000) });
    expect(recorded.ip).toHaveLength(64);
    expect(recorded.userAgent).toHaveLength(512);
  });
});

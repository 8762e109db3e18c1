import { describe, expect, it } from "vitest";
import { NO_TRUSTED_PROXIES, parseTrustedProxies } from "@/lib/network/forwarded-for.mjs";
import { originFromHeaders } from "./request-origin";

const PROXIES = parseTrustedProxies("10.0.0.1, 10.20.0.0/16, 2001:db8:ffff::/48");
const origin = (headers: Record<string, string>, trusted = PROXIES) => originFromHeaders(new Headers(headers), trusted);

describe("where a request came from", () => {
  it("takes the right-most address that is not a trusted proxy, and the browser from User-Agent", () => {
    expect(origin({ "x-forwarded-for": "198.51.100.1, 203.0.113.7, 10.20.3.4, 10.0.0.1", "user-agent": "Mozilla/5.0 (X11; Linux x86_64)" })).toEqual({
      ip: "203.0.113.7",
      userAgent: "Mozilla/5.0 (X11; Linux x86_64)",
    });
  });

  it("never believes what a client wrote left of the last untrusted hop", () => {
    // A client claiming to be 192.0.2.50 through the proxy: the proxy appended the real address.
    expect(origin({ "x-forwarded-for": "192.0.2.50, 203.0.113.7, 10.0.0.1" }).ip).toBe("203.0.113.7");
    // Without trusted proxies the socket's address (what the server entry appended) is the client.
    expect(origin({ "x-forwarded-for": "192.0.2.50, 127.0.0.1" }, NO_TRUSTED_PROXIES).ip).toBe("127.0.0.1");
    // A client that is itself in a trusted range is still skipped only if it is a proxy: 10.99.0.1 is not.
    expect(origin({ "x-forwarded-for": "192.0.2.50, 10.99.0.1, 10.0.0.1" }).ip).toBe("10.99.0.1");
  });

  it("takes the left-most hop when every hop is a trusted proxy (a proxy asking for itself)", () => {
    expect(origin({ "x-forwarded-for": "10.20.0.9, 10.0.0.1" }).ip).toBe("10.20.0.9");
  });

  it("records nothing when the client's hop is not an IP address, and ignores X-Real-IP", () => {
    expect(origin({ "x-forwarded-for": "evil, 10.0.0.1" }).ip).toBeNull();
    expect(origin({ "x-forwarded-for": "203.0.113.7:4431, 10.0.0.1" }).ip).toBeNull();
    expect(origin({ "x-forwarded-for": `${"1".repeat(1000)}` }).ip).toBeNull();
    expect(origin({ "x-real-ip": "198.51.100.4" }).ip).toBeNull();
    expect(origin({ "x-forwarded-for": " " }).ip).toBeNull();
  });

  it("writes an IPv4 client on an IPv6 socket as the IPv4 address, and keeps real IPv6 addresses", () => {
    expect(origin({ "x-forwarded-for": "::ffff:127.0.0.1" }).ip).toBe("127.0.0.1");
    expect(origin({ "x-forwarded-for": "2001:db8::1, 2001:db8:ffff::2" }).ip).toBe("2001:db8::1");
  });

  it("records nothing rather than an empty string, and cuts what a client could make endless", () => {
    expect(origin({})).toEqual({ ip: null, userAgent: null });
    expect(origin({ "user-agent": "y".repeat(5000) }).userAgent).toHaveLength(512);
  });
});

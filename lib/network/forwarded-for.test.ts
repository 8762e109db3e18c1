import { describe, expect, it } from "vitest";
import { forwardedChain, NO_TRUSTED_PROXIES, parseTrustedProxies } from "./forwarded-for.mjs";

describe("TRUSTED_PROXIES", () => {
  it("takes addresses and CIDR ranges, IPv4 and IPv6, and matches IPv4 clients on an IPv6 socket", () => {
    const trusted = parseTrustedProxies(" 10.0.0.1 ,192.168.0.0/16, 2001:db8::/32,");
    expect(trusted.size).toBe(3);
    expect(trusted.has("10.0.0.1")).toBe(true);
    expect(trusted.has("::ffff:10.0.0.1")).toBe(true);
    expect(trusted.has("10.0.0.2")).toBe(false);
    expect(trusted.has("192.168.77.3")).toBe(true);
    expect(trusted.has("2001:db8:1::5")).toBe(true);
    expect(trusted.has("2001:db9::5")).toBe(false);
    expect(trusted.has("not an address")).toBe(false);
  });

  it("trusts nobody when unset or empty", () => {
    for (const text of [undefined, "", " , "]) expect(parseTrustedProxies(text).has("127.0.0.1")).toBe(false);
  });

  it("refuses what is not an address or a range, naming it", () => {
    for (const text of ["proxy.internal", "10.0.0.0/33", "10.0.0.1/8/2", "2001:db8::/129", "10.0.0.0/x", "10.0.0.256"]) {
      expect(() => parseTrustedProxies(text), text).toThrow(/TRUSTED_PROXIES: ".+" is not an IP address/);
    }
  });
});

describe("the X-Forwarded-For the portal sees", () => {
  const proxy = parseTrustedProxies("10.0.0.1");

  it("is only the socket's address when the socket is not a trusted proxy, whatever the client sent", () => {
    expect(forwardedChain("192.0.2.50", "::ffff:127.0.0.1", NO_TRUSTED_PROXIES)).toBe("127.0.0.1");
    expect(forwardedChain(undefined, "203.0.113.7", proxy)).toBe("203.0.113.7");
    expect(forwardedChain("10.0.0.1", "203.0.113.7", proxy)).toBe("203.0.113.7");
  });

  it("is the proxy's chain with the proxy's address appended when the socket is a trusted proxy", () => {
    expect(forwardedChain("192.0.2.50, 203.0.113.7", "10.0.0.1", proxy)).toBe("192.0.2.50, 203.0.113.7, 10.0.0.1");
    expect(forwardedChain(undefined, "10.0.0.1", proxy)).toBe("10.0.0.1");
  });

  it("is empty when the socket has no address (it closed)", () => {
    expect(forwardedChain("192.0.2.50", undefined, proxy)).toBe("");
  });
});

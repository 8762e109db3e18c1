import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "./content-security-policy";

/** The policy as directive → sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(policy.split("; ").map((directive) => { const [name = "", ...sources] = directive.split(" "); return [name, sources]; }));
}

const production = (formActionOrigins: string[] = []) => parse(contentSecurityPolicy({ nonce: "bm9uY2U=", development: false, formActionOrigins }));

describe("contentSecurityPolicy", () => {
  it("lets only scripts with this request's nonce run in a build, and what they load", () => {
    const policy = production();
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-bm9uY2U='"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it("refuses framing, plugins, other base URLs and forms to other sites", () => {
    const policy = production();
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
  });

  it("lets the sign-in form go on to the identity broker", () => {
    expect(production(["https://broker.example"]).get("form-action")).toEqual(["'self'", "https://broker.example"]);
  });

  it("allows eval and inline styles only for next dev", () => {
    const policy = parse(contentSecurityPolicy({ nonce: "bm9uY2U=", development: true, formActionOrigins: [] }));
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe("createNonce", () => {
  it("makes a fresh base64 value of 128 bits each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

const OIDC = { AUTH_OIDC_ISSUER: "https://broker.example/realm", AUTH_OIDC_ID: "portal", AUTH_OIDC_SECRET: "s3cret" };

describe("parseConfig", () => {
  it("defaults to the embedded database and demo mode", () => {
    expect(parseConfig({}, "/data")).toEqual({ databaseUrl: undefined, pgliteDir: "/data/pglite", authSecret: undefined, demoMode: true, oidc: undefined });
  });

  it("turns demo mode off when OpenID Connect is configured, unless asked for", () => {
    expect(parseConfig(OIDC, "/data")).toMatchObject({ demoMode: false, oidc: { issuer: OIDC.AUTH_OIDC_ISSUER, name: "MitID Erhverv" } });
    expect(parseConfig({ ...OIDC, PORTAL_DEMO: "true" }, "/data")).toMatchObject({ demoMode: true });
  });

  it("names the missing variables when OpenID Connect is half configured", () => {
    expect(() => parseConfig({ AUTH_OIDC_ISSUER: OIDC.AUTH_OIDC_ISSUER }, "/data")).toThrow(
      new ConfigError("OpenID Connect sign-in is half configured: set AUTH_OIDC_ID and AUTH_OIDC_SECRET too, or unset AUTH_OIDC_ISSUER."),
    );
  });

  it("refuses a configuration with no way to sign in", () => {
    expect(() => parseConfig({ PORTAL_DEMO: "false" }, "/data")).toThrow(/No way to sign in/);
  });

  it("refuses a DATABASE_URL that is not PostgreSQL", () => {
    expect(() => parseConfig({ DATABASE_URL: "mysql://localhost/x" }, "/data")).toThrow(/DATABASE_URL must start with postgresql/);
  });
});

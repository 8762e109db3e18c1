import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_DATABASE_POOL_SIZE, DEFAULT_RETENTION_DAYS, MAX_DATABASE_POOL_SIZE, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, parseConfig } from "./config";

const OIDC = { AUTH_OIDC_ISSUER: "https://broker.example/realm", AUTH_OIDC_ID: "portal", AUTH_OIDC_SECRET: "s3cret" };

describe("parseConfig", () => {
  it("defaults to the embedded database and demo mode", () => {
    expect(parseConfig({}, "/data")).toEqual({
      databaseUrl: undefined,
      databasePoolSize: 20,
      pgliteDir: "/data/pglite",
      authSecret: undefined,
      demoMode: true,
      oidc: undefined,
      smtpUrl: undefined,
      portalUrl: "http://localhost:3000",
      retentionDays: 730,
      sessionIdleMinutes: 30,
      citizenLetterChannel: "print",
    });
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

  it("sends e-mail through SMTP_URL when it is set, and keeps it in the test outbox when not", () => {
    expect(parseConfig({ SMTP_URL: "smtps://portal:secret@mail.kk.example:465" }, "/data").smtpUrl).toBe("smtps://portal:secret@mail.kk.example:465");
    expect(parseConfig({ SMTP_URL: "smtp://127.0.0.1:2525" }, "/data").smtpUrl).toBe("smtp://127.0.0.1:2525");
    expect(parseConfig({ SMTP_URL: "  " }, "/data").smtpUrl).toBeUndefined();
  });

  it("refuses an SMTP_URL that is not smtp:// or smtps://, without repeating it (it may hold a password)", () => {
    for (const url of ["mail.kk.example", "https://mail.kk.example", "smtp://"]) {
      expect(() => parseConfig({ SMTP_URL: url }, "/data")).toThrow(
        new ConfigError("SMTP_URL: SMTP_URL must start with smtp:// or smtps:// (or leave it unset to keep e-mails in the portal's test outbox)"),
      );
    }
  });

  it("takes the address for links in e-mails from PORTAL_URL, without a trailing slash", () => {
    expect(parseConfig({ PORTAL_URL: "https://henvisning.kk.example/" }, "/data").portalUrl).toBe("https://henvisning.kk.example");
    expect(parseConfig({ PORTAL_URL: "https://kk.example/henvisning" }, "/data").portalUrl).toBe("https://kk.example/henvisning");
    expect(() => parseConfig({ PORTAL_URL: "henvisning.kk.example" }, "/data")).toThrow(/PORTAL_URL must be the portal's address/);
    expect(() => parseConfig({ PORTAL_URL: "ftp://kk.example" }, "/data")).toThrow(/PORTAL_URL must be the portal's address/);
  });

  it("keeps closed referrals with identity for RETENTION_DAYS days, two years by default and never under six months", () => {
    expect(parseConfig({}, "/data").retentionDays).toBe(DEFAULT_RETENTION_DAYS);
    expect(parseConfig({ RETENTION_DAYS: "365" }, "/data").retentionDays).toBe(365);
    expect(parseConfig({ RETENTION_DAYS: " 183 " }, "/data").retentionDays).toBe(MIN_RETENTION_DAYS);
    expect(parseConfig({ RETENTION_DAYS: "3650" }, "/data").retentionDays).toBe(MAX_RETENTION_DAYS);
    expect(parseConfig({ RETENTION_DAYS: "" }, "/data").retentionDays).toBe(DEFAULT_RETENTION_DAYS);
    for (const days of ["182", "0", "-730", "730.5", "2 år", "3651", "1e3"]) {
      expect(() => parseConfig({ RETENTION_DAYS: days }, "/data"), days).toThrow(/RETENTION_DAYS must be a whole number of days from 183/);
    }
  });

  it("opens at most DATABASE_POOL_SIZE connections to PostgreSQL, 20 unless set, from 1 to 100", () => {
    expect(parseConfig({}, "/data").databasePoolSize).toBe(DEFAULT_DATABASE_POOL_SIZE);
    expect(parseConfig({ DATABASE_POOL_SIZE: "40" }, "/data").databasePoolSize).toBe(40);
    expect(parseConfig({ DATABASE_POOL_SIZE: " 1 " }, "/data").databasePoolSize).toBe(1);
    expect(parseConfig({ DATABASE_POOL_SIZE: "100" }, "/data").databasePoolSize).toBe(MAX_DATABASE_POOL_SIZE);
    for (const size of ["0", "101", "-5", "10.5", "ti", "1e2"]) {
      expect(() => parseConfig({ DATABASE_POOL_SIZE: size }, "/data"), size).toThrow(/DATABASE_POOL_SIZE must be a whole number of connections from 1 to 100/);
    }
  });

  it("signs users out after SESSION_IDLE_MINUTES without a request, 30 unless set, within 5 minutes to 8 hours", () => {
    expect(parseConfig({ SESSION_IDLE_MINUTES: "45" }, "/data").sessionIdleMinutes).toBe(45);
    expect(parseConfig({ SESSION_IDLE_MINUTES: " " }, "/data").sessionIdleMinutes).toBe(30);
    expect(parseConfig({ SESSION_IDLE_MINUTES: "5" }, "/data").sessionIdleMinutes).toBe(5);
    expect(parseConfig({ SESSION_IDLE_MINUTES: "480" }, "/data").sessionIdleMinutes).toBe(480);
    for (const minutes of ["0", "4", "481", "30.5", "-30", "half an hour"]) {
      expect(() => parseConfig({ SESSION_IDLE_MINUTES: minutes }, "/data")).toThrow(
        new ConfigError("SESSION_IDLE_MINUTES: SESSION_IDLE_MINUTES must be a whole number of minutes from 5 to 480"),
      );
    }
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or a range, naming it", () => {
    expect(() => parseConfig({ TRUSTED_PROXIES: "10.0.0.1, 10.20.0.0/16, ::1" }, "/data")).not.toThrow();
    expect(() => parseConfig({ TRUSTED_PROXIES: "10.0.0.1, proxy.internal" }, "/data")).toThrow(/TRUSTED_PROXIES: "proxy\.internal" is not an IP address/);
  });
});

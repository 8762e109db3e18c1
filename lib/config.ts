import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/network/forwarded-for.mjs";

/** A configuration problem, said in one line a person can act on. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

const optional = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

/** A URL with one of these schemes and a host, e.g. `isUrlOf(["smtp:", "smtps:"])`. */
const isUrlOf = (protocols: string[]) => (url: string | undefined) => {
  if (!url) return true;
  const parsed = URL.parse(url);
  return parsed !== null && protocols.includes(parsed.protocol) && parsed.hostname !== "";
};

/** How long a closed referral keeps the citizen's identity and its free text (docs/security.md, "Retention"). */
export const DEFAULT_RETENTION_DAYS = 730;
/** Six months: the period a citizen may ask who looked them up (Sundhedsloven §42a) is never cut short. */
export const MIN_RETENTION_DAYS = 183;
export const MAX_RETENTION_DAYS = 3650;

/**
 * Connections each portal process keeps to PostgreSQL (docs/decisions/014-pool-size.md): two instances and the
 * tools stay well inside PostgreSQL's default max_connections of 100.
 */
export const DEFAULT_DATABASE_POOL_SIZE = 20;
export const MAX_DATABASE_POOL_SIZE = 100;

// Idle sign-out: at most the absolute session length (8 hours, lib/session/session-policy.ts), at least a few minutes.
const MIN_IDLE_MINUTES = 5;
const MAX_IDLE_MINUTES = 480;
const DEFAULT_IDLE_MINUTES = 30;

const envSchema = z.object({
  DATABASE_URL: optional.refine((url) => !url || /^postgres(ql)?:\/\//.test(url), {
    message: "DATABASE_URL must start with postgresql:// (or leave it unset to use the embedded database)",
  }),
  DATABASE_POOL_SIZE: optional.refine((size) => !size || (/^\d{1,3}$/.test(size) && Number(size) >= 1 && Number(size) <= MAX_DATABASE_POOL_SIZE), {
    message: `DATABASE_POOL_SIZE must be a whole number of connections from 1 to ${MAX_DATABASE_POOL_SIZE}`,
  }),
  PGLITE_DIR: optional,
  AUTH_SECRET: optional,
  PORTAL_DEMO: z.enum(["true", "false"], { message: "PORTAL_DEMO must be true or false (or unset)" }).optional(),
  AUTH_OIDC_ISSUER: optional.refine((url) => !url || URL.canParse(url), { message: "AUTH_OIDC_ISSUER must be a URL" }),
  AUTH_OIDC_ID: optional,
  AUTH_OIDC_SECRET: optional,
  AUTH_OIDC_NAME: optional,
  SMTP_URL: optional.refine(isUrlOf(["smtp:", "smtps:"]), {
    message: "SMTP_URL must start with smtp:// or smtps:// (or leave it unset to keep e-mails in the portal's test outbox)",
  }),
  PORTAL_URL: optional.refine(isUrlOf(["https:", "http:"]), {
    message: "PORTAL_URL must be the portal's address, starting with https:// or http://",
  }),
  RETENTION_DAYS: optional.refine((days) => !days || (/^\d{1,5}$/.test(days) && Number(days) >= MIN_RETENTION_DAYS && Number(days) <= MAX_RETENTION_DAYS), {
    message: `RETENTION_DAYS must be a whole number of days from ${MIN_RETENTION_DAYS} (six months: the audit log's period) to ${MAX_RETENTION_DAYS}`,
  }),
  // Read where it is used (lib/network/forwarded-for.mjs, also by the server entry before the portal loads); checked here too.
  TRUSTED_PROXIES: optional.superRefine((text, ctx) => {
    try {
      parseTrustedProxies(text);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: `${(error as Error).message} (addresses and ranges separated by commas, or unset)` });
    }
  }),
  CITIZEN_LETTER_CHANNEL: z.enum(["print"], { message: "CITIZEN_LETTER_CHANNEL must be print (or unset): letters to citizens are printed until a Digital Post adapter exists" }).optional(),
  SESSION_IDLE_MINUTES: optional.refine(
    (minutes) => !minutes || (/^\d{1,3}$/.test(minutes) && Number(minutes) >= MIN_IDLE_MINUTES && Number(minutes) <= MAX_IDLE_MINUTES),
    { message: `SESSION_IDLE_MINUTES must be a whole number of minutes from ${MIN_IDLE_MINUTES} to ${MAX_IDLE_MINUTES}` },
  ),
});

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
}

export interface PortalConfig {
  databaseUrl: string | undefined;
  /** The most connections this process opens to PostgreSQL at once (unused with the embedded database). */
  databasePoolSize: number;
  pgliteDir: string;
  authSecret: string;
  demoMode: boolean;
  oidc: OidcConfig | undefined;
  /** Where e-mails are sent; unset: they are kept in the test outbox (/udbakke) instead. Holds a password: never log it. */
  smtpUrl: string | undefined;
  /** The portal's address as links in e-mails start, without a trailing slash. */
  portalUrl: string;
  /** Days after closing until a referral is pseudonymised (lib/retention). */
  retentionDays: number;
  /** Minutes without a request after which a signed-in user is signed out (lib/session/session-policy.ts). */
  sessionIdleMinutes: number;
  /** How letters to citizens go (lib/letters/channels.ts): printed by the unit, for now. */
  citizenLetterChannel: "print";
}

const DEFAULT_PORTAL_URL = "http://localhost:3000";

const OIDC_VARIABLES = ["AUTH_OIDC_ISSUER", "AUTH_OIDC_ID", "AUTH_OIDC_SECRET"] as const;

/** Reads and checks the environment. Pure apart from reading `env`; throws ConfigError with every problem listed. */
export function parseConfig(env: Record<string, string | undefined>, dataDir: string): Omit<PortalConfig, "authSecret"> & { authSecret: string | undefined } {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
  }
  const vars = parsed.data;
  const setOidc = OIDC_VARIABLES.filter((name) => vars[name]);
  if (setOidc.length > 0 && setOidc.length < OIDC_VARIABLES.length) {
    const missing = OIDC_VARIABLES.filter((name) => !vars[name]);
    throw new ConfigError(`OpenID Connect sign-in is half configured: set ${missing.join(" and ")} too, or unset ${setOidc.join(" and ")}.`);
  }
  const oidc =
    vars.AUTH_OIDC_ISSUER && vars.AUTH_OIDC_ID && vars.AUTH_OIDC_SECRET
      ? { issuer: vars.AUTH_OIDC_ISSUER, clientId: vars.AUTH_OIDC_ID, clientSecret: vars.AUTH_OIDC_SECRET, name: vars.AUTH_OIDC_NAME ?? "MitID Erhverv" }
      : undefined;
  const demoMode = vars.PORTAL_DEMO ? vars.PORTAL_DEMO === "true" : !oidc;
  if (!demoMode && !oidc) {
    throw new ConfigError("No way to sign in: set AUTH_OIDC_ISSUER, AUTH_OIDC_ID and AUTH_OIDC_SECRET, or PORTAL_DEMO=true.");
  }
  return {
    databaseUrl: vars.DATABASE_URL,
    databasePoolSize: vars.DATABASE_POOL_SIZE ? Number(vars.DATABASE_POOL_SIZE) : DEFAULT_DATABASE_POOL_SIZE,
    pgliteDir: vars.PGLITE_DIR ?? join(dataDir, "pglite"),
    authSecret: vars.AUTH_SECRET,
    demoMode,
    oidc,
    smtpUrl: vars.SMTP_URL,
    portalUrl: (vars.PORTAL_URL ?? DEFAULT_PORTAL_URL).replace(/\/+$/, ""),
    retentionDays: vars.RETENTION_DAYS ? Number(vars.RETENTION_DAYS) : DEFAULT_RETENTION_DAYS,
    sessionIdleMinutes: vars.SESSION_IDLE_MINUTES ? Number(vars.SESSION_IDLE_MINUTES) : DEFAULT_IDLE_MINUTES,
    citizenLetterChannel: vars.CITIZEN_LETTER_CHANNEL ?? "print",
  };
}

/** Without AUTH_SECRET, a development secret is generated once and kept beside the embedded database. */
function developmentSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  console.warn(`AUTH_SECRET is not set: generated a development secret in ${file}. Set AUTH_SECRET in production.`);
  return secret;
}

let cached: PortalConfig | undefined;

export function getConfig(): PortalConfig {
  if (cached) return cached;
  const dataDir = join(process.cwd(), ".data");
  const config = parseConfig(process.env, dataDir);
  cached = { ...config, authSecret: config.authSecret ?? developmentSecret(join(dataDir, "auth-secret")) };
  return cached;
}

import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db";
import { countHit, pruneWindows, windowStartOf } from "@/lib/db/window-counters";

// Sign-in attempts are counted in fixed 15-minute windows per account and per address, in the database so that every
// server process shares the count (RateLimitHit). Every attempt takes a place in both windows before anything is
// checked — one atomic upsert-increment each, so parallel attempts cannot slip past the limit — and a successful
// sign-in gives its places back: only failed attempts use up the limit. That way a hospital or a clinic behind one
// address is never locked out by its own staff signing in, while guessing stays slow. docs/security.md, "Web hardening".

export const SIGN_IN_WINDOW_MINUTES = 15;
export const SIGN_IN_LIMITS = { account: 10, address: 50 } as const;

const KEY_PREFIX = "sign-in:";

export type SignInLimitScope = keyof typeof SIGN_IN_LIMITS;

export interface SignInAttemptInput {
  /** The sign-in provider, e.g. "demo" or "oidc". */
  provider: string;
  /** What the attempt names: the demo user id or the e-mail from the identity broker. */
  account: string;
  /** The client's IP address, when known (as the audit log reads it: lib/audit/request-origin.ts). */
  address: string | null;
}

export interface SignInLimitKey {
  scope: SignInLimitScope;
  key: string;
  limit: number;
}

export interface SignInAttempt {
  allowed: boolean;
  /** The scopes whose limit this attempt went over. */
  limitedBy: SignInLimitScope[];
  windowStart: Date;
  keys: SignInLimitKey[];
}

/** The start of the fixed window that holds `now`. */
export function signInWindowStart(now: Date): Date {
  return windowStartOf(now, SIGN_IN_WINDOW_MINUTES);
}

/** The counters an attempt counts in: the account (per provider, case-insensitive) and, when known, the address. */
export function signInLimitKeys({ provider, account, address }: SignInAttemptInput): SignInLimitKey[] {
  const keys: SignInLimitKey[] = [
    { scope: "account", key: `${KEY_PREFIX}account:${provider}:${account.trim().toLowerCase()}`, limit: SIGN_IN_LIMITS.account },
  ];
  if (address) keys.push({ scope: "address", key: `${KEY_PREFIX}address:${address}`, limit: SIGN_IN_LIMITS.address });
  return keys;
}

/**
 * Counts one sign-in attempt and says whether it may go on. A refused attempt is audit-logged ("auth.rate_limited").
 * Windows before the current one are pruned by the same call: the table holds one window's rows at most.
 */
export async function takeSignInAttempt(db: Db, input: SignInAttemptInput, now: Date = new Date()): Promise<SignInAttempt> {
  const windowStart = signInWindowStart(now);
  const keys = signInLimitKeys(input);
  const limitedBy: SignInLimitScope[] = [];
  await pruneWindows(db, KEY_PREFIX, windowStart);
  for (const { scope, key, limit } of keys) {
    if ((await countHit(db, key, windowStart)) > limit) limitedBy.push(scope);
  }
  const allowed = limitedBy.length === 0;
  if (!allowed) {
    await recordAudit({ actor: null, action: "auth.rate_limited", details: { provider: input.provider, account: input.account, limitedBy } }, db);
  }
  return { allowed, limitedBy, windowStart, keys };
}

/** A successful sign-in gives its places back, so that only failed attempts count against the limits. */
export async function giveBackSignInAttempt(db: Db, attempt: SignInAttempt): Promise<void> {
  await db.rateLimitHit.updateMany({
    where: { key: { in: attempt.keys.map((k) => k.key) }, windowStart: attempt.windowStart, count: { gt: 0 } },
    data: { count: { decrement: 1 } },
  });
}

import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { giveBackSignInAttempt, SIGN_IN_LIMITS, SIGN_IN_WINDOW_MINUTES, takeSignInAttempt, type SignInAttemptInput } from "@/lib/session/rate-limit";

// Sign-in rate limits on real PostgreSQL. Time is injected, never waited for. Only this file uses the RateLimitHit
// table; each test takes a later day than the one before, because an attempt prunes every earlier window.

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
const firstDay = Date.UTC(2030, 0, 7, 8, 0);
let day = 0;
/** 08:00 on a day no earlier test used. */
const freshMorning = () => firstDay + day++ * DAY;

/** An attempt for an account and an address no other test uses. */
function stranger(overrides: Partial<SignInAttemptInput> = {}): SignInAttemptInput {
  const id = randomUUID();
  return { provider: "demo", account: `user-${id}`, address: `address-${id}`, ...overrides };
}

async function attempts(input: SignInAttemptInput, count: number, at: number) {
  const db = await getDb();
  const results = [];
  for (let i = 0; i < count; i += 1) results.push(await takeSignInAttempt(db, input, new Date(at + i * 1000)));
  return results;
}

async function rateLimitedRows(account: string) {
  const db = await getDb();
  return db.auditLog.findMany({ where: { action: "auth.rate_limited", details: { path: ["account"], equals: account } } });
}

describe("sign-in rate limit", () => {
  it(`refuses the ${SIGN_IN_LIMITS.account + 1}th failed attempt on one account within ${SIGN_IN_WINDOW_MINUTES} minutes, and audit-logs it`, async () => {
    const morning = freshMorning();
    const input = stranger();
    const results = await attempts(input, SIGN_IN_LIMITS.account + 2, morning);
    expect(results.map((r) => r.allowed)).toEqual([...Array(SIGN_IN_LIMITS.account).fill(true), false, false]);
    expect(results.at(-1)?.limitedBy).toEqual(["account"]);

    const rows = await rateLimitedRows(input.account);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ userId: null, details: { provider: "demo", account: input.account, limitedBy: ["account"] } });
  });

  it("counts an account the same whatever its case, and apart from the same name with another provider", async () => {
    const morning = freshMorning();
    const input = stranger({ account: `Læge-${randomUUID()}@Praksis.example` });
    await attempts(input, SIGN_IN_LIMITS.account, morning);
    const db = await getDb();
    const shouted = await takeSignInAttempt(db, { ...input, account: input.account.toUpperCase(), address: null }, new Date(morning + MINUTE));
    expect(shouted.allowed).toBe(false);
    const viaBroker = await takeSignInAttempt(db, { ...input, provider: "oidc", address: null }, new Date(morning + MINUTE));
    expect(viaBroker.allowed).toBe(true);
  });

  it(`refuses an address after ${SIGN_IN_LIMITS.address} failed attempts, whichever accounts they name`, async () => {
    const morning = freshMorning();
    const address = stranger().address;
    const db = await getDb();
    for (let i = 0; i < SIGN_IN_LIMITS.address; i += 1) {
      expect((await takeSignInAttempt(db, stranger({ address }), new Date(morning + i * 1000))).allowed).toBe(true);
    }
    const refusedInput = stranger({ address });
    const refused = await takeSignInAttempt(db, refusedInput, new Date(morning + MINUTE));
    expect(refused).toMatchObject({ allowed: false, limitedBy: ["address"] });
    expect(await rateLimitedRows(refusedInput.account)).toMatchObject([{ details: { limitedBy: ["address"] } }]);
    expect((await takeSignInAttempt(db, stranger(), new Date(morning + MINUTE))).allowed).toBe(true);
  });

  it("does not count successful sign-ins, so a busy clinic behind one address is never locked out", async () => {
    const morning = freshMorning();
    const input = stranger();
    const db = await getDb();
    for (let i = 0; i < SIGN_IN_LIMITS.address * 2; i += 1) {
      const attempt = await takeSignInAttempt(db, input, new Date(morning + i * 1000));
      expect(attempt.allowed).toBe(true);
      await giveBackSignInAttempt(db, attempt);
    }
    const rows = await db.rateLimitHit.findMany({ where: { key: { contains: input.account } } });
    expect(rows.map((row) => row.count)).toEqual([0]);
  });

  it("opens again in the next window and prunes the windows before it", async () => {
    const morning = freshMorning();
    const input = stranger();
    const [last] = (await attempts(input, SIGN_IN_LIMITS.account + 1, morning)).slice(-1);
    expect(last?.allowed).toBe(false);
    const db = await getDb();

    // 08:14:59 is still the 08:00 window; 08:15 starts the next one.
    const stillClosed = await takeSignInAttempt(db, input, new Date(morning + SIGN_IN_WINDOW_MINUTES * MINUTE - 1));
    expect(stillClosed.allowed).toBe(false);
    const reopened = await takeSignInAttempt(db, input, new Date(morning + SIGN_IN_WINDOW_MINUTES * MINUTE));
    expect(reopened).toMatchObject({ allowed: true, windowStart: new Date(morning + SIGN_IN_WINDOW_MINUTES * MINUTE) });

    const windows = await db.rateLimitHit.findMany({ where: { key: { startsWith: "sign-in:" } }, select: { windowStart: true }, distinct: ["windowStart"] });
    expect(windows).toEqual([{ windowStart: new Date(morning + SIGN_IN_WINDOW_MINUTES * MINUTE) }]);
  });

  it("lets exactly the limit through when attempts arrive at the same moment", async () => {
    const at = new Date(freshMorning());
    const input = stranger();
    const db = await getDb();
    const results = await Promise.all(Array.from({ length: SIGN_IN_LIMITS.account * 2 }, () => takeSignInAttempt(db, input, at)));
    expect(results.filter((r) => r.allowed)).toHaveLength(SIGN_IN_LIMITS.account);
    const [row] = await db.rateLimitHit.findMany({ where: { key: { contains: input.account } } });
    expect(row?.count).toBe(SIGN_IN_LIMITS.account * 2);
  });
});

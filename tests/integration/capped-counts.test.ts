import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { COUNT_LIMIT, isOverLimit } from "@/lib/paging/capped-count";
import { countAwaitingInformation } from "@/lib/referrals/count-awaiting-information";
import { countUnreadReferrals } from "@/lib/referrals/count-unread-referrals";
import { createReferral } from "@/lib/referrals/create-referral";
import { listTriageQueue } from "@/lib/triage/list-triage-queue";
import { parseQueueSearch } from "@/lib/triage/schemas";
import { demoSession, referralForm } from "../support/factories";

// The counts beside the lists stop just past COUNT_LIMIT, so a count never reads more than that many rows however long
// the list grows — and the page can still tell "over 1.000" from exactly 1.000.
let nurse: SessionUser;
let coordinator: SessionUser;
let cloned: string[];
/** What the demo data holds already, before the clones. */
let demo: { unread: number; awaiting: number };

/** Copies the referral `id` (one more row each, new id, number and idempotency key) `copies` times, in one statement. */
async function cloneReferral(id: string, copies: number): Promise<string[]> {
  const db = await getDb();
  const columns = (
    await db.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = 'Referral' AND column_name NOT IN ('id', 'number', 'idempotencyKey')`
  ).map((column) => `"${column.column_name}"`);
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `INSERT INTO "Referral" (id, "idempotencyKey", ${columns.join(", ")})
     SELECT 'clone-' || g || '-' || r.id, 'clone-' || g || '-' || r.id, ${columns.map((column) => `r.${column}`).join(", ")}
     FROM "Referral" r, generate_series(1, ${copies}) g WHERE r.id = $1 RETURNING id`,
    id,
  );
  return rows.map((row) => row.id);
}

beforeAll(async () => {
  const db = await getDb();
  await seedDemoData(db);
  [nurse, coordinator] = await Promise.all([demoSession("demo-user-nurse"), demoSession("demo-user-triage")]);
  demo = { unread: await countUnreadReferrals(nurse), awaiting: await countAwaitingInformation(nurse) };
  const sent = await createReferral(nurse, referralForm({ offerSlug: "" }));
  if (sent.kind !== "sent") throw new Error("expected the referral to be sent");
  cloned = await cloneReferral(sent.referralId, COUNT_LIMIT + 50);
});

describe("counts beside the lists", () => {
  it("the triage queue's views stop just past the limit", async () => {
    const { counts } = await listTriageQueue(coordinator, parseQueueSearch({}));
    expect(counts.unassigned).toBe(COUNT_LIMIT + 1);
    expect(isOverLimit(counts.unassigned)).toBe(true);
  });

  it("Mine henvisninger's 'har nyt' and 'venter på svar' stop just past the limit", async () => {
    const db = await getDb();
    await db.$executeRaw`UPDATE "Referral" SET "practiceChangedAt" = now(), status = 'AWAITING_INFORMATION' WHERE id = ANY(${cloned})`;
    expect(await countUnreadReferrals(nurse)).toBe(COUNT_LIMIT + 1);
    expect(await countAwaitingInformation(nurse)).toBe(COUNT_LIMIT + 1);
  });

  it("counts exactly below the limit", async () => {
    const db = await getDb();
    await db.$executeRaw`UPDATE "Referral" SET "practiceChangedAt" = NULL, status = 'RECEIVED' WHERE id = ANY(${cloned.slice(0, cloned.length - 7)})`;
    expect(await countUnreadReferrals(nurse)).toBe(demo.unread + 7);
    expect(await countAwaitingInformation(nurse)).toBe(demo.awaiting + 7);
  });
});

import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { checkHealth } from "@/lib/health/check";
import { offers } from "@/prisma/seed-data/offers";

describe("the database", () => {
  it("answers the health check", async () => {
    expect(await checkHealth()).toEqual({ status: "ok", database: "ok" });
  });

  it("seeds the demo data once, even when seeding runs twice at the same time", async () => {
    const db = await getDb();
    // Other test files seed too, at the same moment: whoever wins, every call succeeds and the data exists once.
    const results = await Promise.allSettled([seedDemoData(db), seedDemoData(db)]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await seedDemoData(db)).toEqual({ created: false });
    expect(await db.offer.count({ where: { isDemo: true } })).toBe(offers.length);
    expect(await db.unit.count({ where: { kind: "CITY_UNIT" } })).toBe(6);
    expect(await db.need.count()).toBeGreaterThanOrEqual(25);
    const districts = await db.offerLocation.groupBy({ by: ["district"] });
    expect(districts).toHaveLength(10);
  });

  it("keeps a status event trail for every seeded referral", async () => {
    const db = await getDb();
    // The seed's own referrals (other test files add referrals of their own to this database meanwhile).
    const referrals = await db.referral.findMany({ where: { idempotencyKey: { startsWith: "demo-referral-" } }, include: { events: { orderBy: { createdAt: "asc" } }, socialProfile: true } });
    expect(referrals.length).toBeGreaterThan(0);
    for (const referral of referrals) {
      expect(referral.events[0]?.type).toBe("SENT");
      expect(referral.events.at(-1)?.toStatus).toBe(referral.status);
      expect(referral.socialProfile).not.toBeNull();
    }
  });
});

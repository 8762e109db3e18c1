import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { AppError } from "@/lib/errors";
import { UNKNOWN_NEED_MESSAGE, UNKNOWN_OFFER_MESSAGE } from "@/lib/referrals/check-catalogue-slugs";
import { createReferral } from "@/lib/referrals/create-referral";
import { routeForInput } from "@/lib/referrals/route-for-input";
import { demoSession, referralForm } from "../support/factories";

// A need or offer the catalogue does not have is said at its field, in the send path and the routing preview: never
// a database error (500), never a silent route to central triage, and nothing is stored.

async function refusal(send: Promise<unknown>) {
  const error = await send.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return { code: (error as AppError).code, fieldErrors: (error as AppError).fieldErrors };
}

describe("needs and offers not in the catalogue", () => {
  let nurse: SessionUser;

  beforeAll(async () => {
    await seedDemoData(await getDb());
    nurse = await demoSession("demo-user-nurse");
  });

  async function nothingStoredFor(form: ReturnType<typeof referralForm>) {
    const db = await getDb();
    expect(await db.referral.count({ where: { idempotencyKey: form.idempotencyKey } })).toBe(0);
    expect(await db.citizen.count({ where: { cpr: form.cpr.cpr } })).toBe(0);
  }

  it("refuses an unknown need at needSlugs and stores nothing", async () => {
    const form = referralForm({ needSlugs: ["aandenoed", "findes-ikke"] });
    expect(await refusal(createReferral(nurse, form))).toEqual({ code: "INVALID", fieldErrors: { needSlugs: [`${UNKNOWN_NEED_MESSAGE} Ukendt: findes-ikke.`] } });
    await nothingStoredFor(form);
  });

  it("refuses an unknown offer at offerSlug instead of routing it to central triage, and stores nothing", async () => {
    const form = referralForm({ offerSlug: "tilbud-der-ikke-findes", diagnoses: "KOL" });
    expect(await refusal(createReferral(nurse, form))).toEqual({ code: "INVALID", fieldErrors: { offerSlug: [UNKNOWN_OFFER_MESSAGE] } });
    await nothingStoredFor(form);
    const db = await getDb();
    expect(await db.referral.count({ where: { citizen: { cpr: form.cpr.cpr } } })).toBe(0);
  });

  it("says the same in the routing preview", async () => {
    const db = await getDb();
    const form = referralForm({ offerSlug: "tilbud-der-ikke-findes", needSlugs: ["findes-ikke"] });
    expect(await refusal(routeForInput(db, form))).toEqual({
      code: "INVALID",
      fieldErrors: { needSlugs: [`${UNKNOWN_NEED_MESSAGE} Ukendt: findes-ikke.`], offerSlug: [UNKNOWN_OFFER_MESSAGE] },
    });
  });

  it("still sends »Ved ikke« (no offer) to central triage, and a known offer straight to its unit", async () => {
    const unsure = await createReferral(nurse, referralForm());
    const fits = await createReferral(nurse, referralForm({ offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL" }));
    const db = await getDb();
    const routeOf = async (result: Awaited<ReturnType<typeof createReferral>>) =>
      (await db.referral.findUniqueOrThrow({ where: { id: result.kind === "sent" ? result.referralId : "" }, select: { route: true } })).route;
    expect(await routeOf(unsure)).toBe("TRIAGE");
    expect(await routeOf(fits)).toBe("UNIT");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { createReferral } from "@/lib/referrals/create-referral";
import { routeForInput } from "@/lib/referrals/route-for-input";
import { demoSession, referralForm } from "../support/factories";
import { refusalInDanish } from "../support/translate";

// A need or offer the catalogue does not have is said at its field, in the send path and the routing preview: never
// a database error (500), never a silent route to central triage, and nothing is stored.

// What the user reads, in Danish: the form's message and the field's.
const UNKNOWN_NEED = "Behovet findes ikke i kataloget (længere). Genindlæs siden, og vælg behovene igen.";
const UNKNOWN_OFFER = "Tilbuddet findes ikke (længere). Vælg et andet tilbud, eller vælg »Ved ikke«, så finder den centrale visitation det rette.";
const FIX_FIELDS = "Ret de markerede felter.";

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
    expect(await refusalInDanish(createReferral(nurse, form))).toEqual({ code: "INVALID", message: FIX_FIELDS, fieldErrors: { needSlugs: [`${UNKNOWN_NEED} Ukendt: findes-ikke.`] } });
    await nothingStoredFor(form);
  });

  it("refuses an unknown offer at offerSlug instead of routing it to central triage, and stores nothing", async () => {
    const form = referralForm({ offerSlug: "tilbud-der-ikke-findes", diagnoses: "KOL" });
    expect(await refusalInDanish(createReferral(nurse, form))).toEqual({ code: "INVALID", message: FIX_FIELDS, fieldErrors: { offerSlug: [UNKNOWN_OFFER] } });
    await nothingStoredFor(form);
    const db = await getDb();
    expect(await db.referral.count({ where: { citizen: { cpr: form.cpr.cpr } } })).toBe(0);
  });

  it("says the same in the routing preview", async () => {
    const db = await getDb();
    const form = referralForm({ offerSlug: "tilbud-der-ikke-findes", needSlugs: ["findes-ikke"] });
    expect(await refusalInDanish(routeForInput(db, form))).toEqual({
      code: "INVALID",
      message: FIX_FIELDS,
      fieldErrors: { needSlugs: [`${UNKNOWN_NEED} Ukendt: findes-ikke.`], offerSlug: [UNKNOWN_OFFER] },
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

import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { createReferral } from "@/lib/referrals/create-referral";
import { demoSession, referralForm } from "../support/factories";

describe("sending a referral", () => {
  let nurse: SessionUser;

  beforeAll(async () => {
    await seedDemoData(await getDb());
    nurse = await demoSession("demo-user-nurse");
  });

  it("saves exactly one referral when the same form is sent 20 times at once", async () => {
    const form = referralForm({ offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL" });
    const results = await Promise.all(Array.from({ length: 20 }, () => createReferral(nurse, form)));
    const db = await getDb();
    expect(await db.referral.count({ where: { idempotencyKey: form.idempotencyKey } })).toBe(1);
    const ids = new Set(results.map((result) => (result.kind === "sent" ? result.referralId : "duplicate")));
    expect(ids.size).toBe(1);
    expect(results.filter((result) => result.kind === "sent" && !result.alreadySent)).toHaveLength(1);
  });

  it("routes straight to the unit when the offer fits, with the receipt written at once", async () => {
    const result = await createReferral(nurse, referralForm({ offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL" }));
    expect(result.kind).toBe("sent");
    const db = await getDb();
    const referral = await db.referral.findUniqueOrThrow({
      where: { id: result.kind === "sent" ? result.referralId : "" },
      include: { events: { orderBy: { createdAt: "asc" } }, destinationUnit: true, socialProfile: true },
    });
    expect(referral).toMatchObject({ route: "UNIT", status: "RECEIVED", routingReasons: ["OFFER_FITS"], responsibleGpId: "demo-user-gp" });
    expect(referral.destinationUnit?.slug).toBe("center-for-lungesygdomme");
    expect(referral.events.map((event) => event.type)).toEqual(["SENT", "RECEIVED"]);
    expect(referral.socialProfile).toMatchObject({ referrerType: "GP_PRACTICE" });
  });

  it("routes to central triage, with the reason, when the diagnosis the offer needs is missing", async () => {
    const result = await createReferral(nurse, referralForm({ offerSlug: "mere-luft-i-hverdagen-kol" }));
    const db = await getDb();
    const referral = await db.referral.findUniqueOrThrow({ where: { id: result.kind === "sent" ? result.referralId : "" } });
    expect(referral).toMatchObject({ route: "TRIAGE", destinationUnitId: null, routingReasons: ["DIAGNOSIS_MISSING"] });
  });

  it("warns about an open referral for the same citizen and offer, and sends when given a reason", async () => {
    const first = referralForm({ offerSlug: "faa-styr-paa-stress" });
    await createReferral(nurse, first);
    const again = referralForm({ cpr: first.cpr, offerSlug: "faa-styr-paa-stress" });
    const warned = await createReferral(nurse, again);
    expect(warned.kind).toBe("duplicate");
    const sent = await createReferral(nurse, { ...again, duplicateReason: "Borgeren er flyttet og har nyt telefonnummer" });
    expect(sent.kind).toBe("sent");
  });

  it("audit-logs the new referral with its citizen", async () => {
    const result = await createReferral(nurse, referralForm());
    const db = await getDb();
    const entry = await db.auditLog.findFirst({ where: { action: "referral.create", entityId: result.kind === "sent" ? result.referralId : "" } });
    expect(entry).toMatchObject({ userId: nurse.id, organisationId: nurse.organisationId });
    expect(entry?.citizenId).toBeTruthy();
  });
});

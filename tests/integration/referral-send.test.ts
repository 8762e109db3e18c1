import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { createReferral, type CreateReferralResult } from "@/lib/referrals/create-referral";
import { getOrganisationReferral } from "@/lib/referrals/get-organisation-referral";
import { listOrganisationReferrals } from "@/lib/referrals/list-organisation-referrals";
import { routeForInput } from "@/lib/referrals/route-for-input";
import { listUnitInbox } from "@/lib/unit-inbox/list-unit-inbox";
import { findNewerContactDetails } from "@/lib/unit-inbox/find-newer-contact-details";
import { openUnitReferral } from "@/lib/unit-inbox/open-unit-referral";
import { demoSession, referralForm } from "../support/factories";

const sentId = (result: CreateReferralResult) => {
  if (result.kind !== "sent") throw new Error("expected the referral to be sent");
  return result.referralId;
};

describe("sending a referral", () => {
  let nurse: SessionUser;
  let otherPractice: SessionUser;
  let lungStaff: SessionUser;

  beforeAll(async () => {
    await seedDemoData(await getDb());
    nurse = await demoSession("demo-user-nurse");
    otherPractice = await demoSession("demo-user-gp-amager");
    lungStaff = await demoSession("demo-user-unit-lung");
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

  it("writes the referral's receipt, notification, needs, social profile and audit row exactly once on a double submit, all with it", async () => {
    const form = referralForm({ offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL", needSlugs: ["aandenoed", "ensomhed"] });
    const results = await Promise.all(Array.from({ length: 8 }, () => createReferral(nurse, form)));
    const db = await getDb();
    const referral = await db.referral.findUniqueOrThrow({
      where: { idempotencyKey: form.idempotencyKey },
      select: {
        id: true,
        number: true,
        citizenId: true,
        events: { orderBy: { createdAt: "asc" }, select: { type: true, toUnitId: true, notification: { select: { type: true } } } },
        needs: { orderBy: { slug: "asc" }, select: { slug: true } },
        socialProfile: { select: { referrerType: true } },
      },
    });
    expect(results.every((result) => result.kind === "sent" && result.referralId === referral.id && result.number === referral.number)).toBe(true);
    expect(referral.events.map((event) => [event.type, event.notification?.type ?? null])).toEqual([["SENT", null], ["RECEIVED", "RECEIVED"]]);
    expect(referral.events[1]!.toUnitId).toBeTruthy();
    expect(referral.needs.map((need) => need.slug)).toEqual(["aandenoed", "ensomhed"]);
    expect(referral.socialProfile).toEqual({ referrerType: "GP_PRACTICE" });
    expect(await db.notification.count({ where: { referralId: referral.id } })).toBe(1);
    const audit = await db.auditLog.findMany({ where: { entityId: referral.id }, select: { action: true, citizenId: true, userId: true } });
    expect(audit).toEqual([{ action: "referral.create", citizenId: referral.citizenId, userId: nurse.id }]);
  });

  it("warns the second of 30 parallel senders for the same citizen and offer: one referral, 29 duplicate warnings", async () => {
    const { cpr } = referralForm().cpr;
    const forms = Array.from({ length: 30 }, () => referralForm({ cpr, offerSlug: "faa-styr-paa-stress" }));
    const results = await Promise.all(forms.map((form) => createReferral(nurse, form)));
    const db = await getDb();
    expect(await db.referral.count({ where: { citizen: { cpr: cpr.replace("-", "") } } })).toBe(1);
    expect(results.filter((result) => result.kind === "sent")).toHaveLength(1);
    expect(results.filter((result) => result.kind === "duplicate" && result.duplicates.length === 1)).toHaveLength(29);
  });

  it("keeps each referrer's contact details on its own referral: another practice referring the same CPR number changes nothing the first practice or the unit sees", async () => {
    const kol = { offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL" };
    const fromA = referralForm({ ...kol, citizenName: "Alma Aftensol", phone: "11111111", bestTimeToCall: "Formiddag", preferredChannel: "PHONE", language: "da", district: "NOERREBRO" });
    const a = sentId(await createReferral(nurse, fromA));
    const b = sentId(
      await createReferral(otherPractice, referralForm({ ...kol, cpr: fromA.cpr.cpr, citizenName: "Bodil Bagside", phone: "99999999", bestTimeToCall: "Aften", preferredChannel: "LETTER", language: "tr", needsInterpreter: "on", district: "AMAGER_OEST" })),
    );
    const aDetails = { citizenName: "Alma Aftensol", citizenPhone: "11111111", citizenBestTimeToCall: "Formiddag", citizenPreferredChannel: "PHONE", citizenLanguage: "da", citizenNeedsInterpreter: false, citizenDistrict: "NOERREBRO" };
    const bDetails = { citizenName: "Bodil Bagside", citizenPhone: "99999999", citizenBestTimeToCall: "Aften", citizenPreferredChannel: "LETTER", citizenLanguage: "tr", citizenNeedsInterpreter: true, citizenDistrict: "AMAGER_OEST" };

    // The practice that sent first: its referral page and its list.
    expect(await getOrganisationReferral(nurse, a)).toMatchObject({ citizenName: "Alma Aftensol" });
    expect((await listOrganisationReferrals(nurse)).rows.find((row) => row.id === a)).toMatchObject({ citizenName: "Alma Aftensol" });
    // The unit: each referral with what its own referrer said.
    expect(await openUnitReferral(lungStaff, a)).toMatchObject(aDetails);
    expect(await openUnitReferral(lungStaff, b)).toMatchObject(bDetails);
    const { rows: inbox } = await listUnitInbox(lungStaff);
    expect(inbox.find((row) => row.id === a)).toMatchObject({ citizenName: "Alma Aftensol" });
    expect(inbox.find((row) => row.id === b)).toMatchObject({ citizenName: "Bodil Bagside" });
    // The unit is told, on the older referral, that a newer one gives other contact details; not the other way round.
    const bNumber = (await openUnitReferral(lungStaff, b))!.number;
    expect(await findNewerContactDetails(lungStaff, (await openUnitReferral(lungStaff, a))!)).toMatchObject({ id: b, number: bNumber, organisation: "Lægerne på Amagerbrogade (demo)" });
    expect(await findNewerContactDetails(lungStaff, (await openUnitReferral(lungStaff, b))!)).toBeNull();
    // One person across organisations: the same citizen row, holding only what identifies them.
    const db = await getDb();
    const rows = await db.referral.findMany({ where: { id: { in: [a, b] } }, select: { citizenId: true } });
    expect(new Set(rows.map((row) => row.citizenId)).size).toBe(1);
    expect(Object.keys(await db.citizen.findUniqueOrThrow({ where: { id: rows[0]!.citizenId } })).sort()).toEqual(["cpr", "createdAt", "id", "isDemo", "pseudonymisedAt", "updatedAt"]);
  });

  it("tells the unit of a newer referral with other contact details only among its own referrals, and not for the same details", async () => {
    const kol = { offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL" };
    const first = referralForm({ ...kol, citizenName: "Carl Centrum" });
    const a = sentId(await createReferral(nurse, first));
    // The same details again (from another practice): nothing to tell.
    sentId(await createReferral(otherPractice, referralForm({ ...kol, cpr: first.cpr.cpr, citizenName: "Carl Centrum" })));
    // Other details, but sent to another unit: not the lung unit's referral, so not shown to it.
    sentId(await createReferral(otherPractice, referralForm({ cpr: first.cpr.cpr, citizenName: "Carl C.", offerSlug: "faa-styr-paa-stress" })));
    expect(await findNewerContactDetails(lungStaff, (await openUnitReferral(lungStaff, a))!)).toBeNull();
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
    const again = referralForm({ cpr: first.cpr.cpr, offerSlug: "faa-styr-paa-stress" });
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

  describe("routing against the catalogue: whether one unit takes referrals for every ticked need", () => {
    const routedWith = async (needSlugs: string[]) =>
      (await routeForInput(await getDb(), referralForm({ offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL", needSlugs }))).reasons;

    it("goes to the unit when one unit serves every need, also another unit than the offer's", async () => {
      expect(await routedWith(["aandenoed", "ensomhed", "forstaa-sin-sygdom"])).toEqual(["OFFER_FITS"]);
      expect(await routedWith(["aandenoed", "hjertet"])).toEqual(["OFFER_FITS"]);
    });

    it("goes to central triage when no unit serves them all, though units share some of them two by two", async () => {
      expect(await routedWith(["aandenoed", "stress"])).toEqual(["NEEDS_SPAN_UNITS"]);
      expect(await routedWith(["aandenoed", "ensomhed", "hjertet"])).toEqual(["NEEDS_SPAN_UNITS"]);
    });

    it("counts only active offers that take referrals: associations sharing both needs do not join them", async () => {
      expect(await routedWith(["sorg", "ensomhed"])).toEqual(["NEEDS_SPAN_UNITS"]);
    });
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { AppError } from "@/lib/errors";
import { createReferral } from "@/lib/referrals/create-referral";
import { declineReferral } from "@/lib/referrals/decline-referral";
import { forwardReferral } from "@/lib/referrals/forward-referral";
import { ALTERNATIVE_REQUIRED, declineSchema } from "@/lib/referrals/schemas";
import { acceptReferral } from "@/lib/unit-inbox/accept-referral";
import { bookFirstMeeting } from "@/lib/unit-inbox/book-first-meeting";
import { listUnitInbox } from "@/lib/unit-inbox/list-unit-inbox";
import { logContactAttempt } from "@/lib/unit-inbox/log-contact-attempt";
import { markCitizenDeclined } from "@/lib/unit-inbox/mark-citizen-declined";
import { markCompleted } from "@/lib/unit-inbox/mark-completed";
import { markNotReached } from "@/lib/unit-inbox/mark-not-reached";
import { markStarted } from "@/lib/unit-inbox/mark-started";
import { openUnitReferral } from "@/lib/unit-inbox/open-unit-referral";
import { citizenDeclinedSchema, firstMeetingSchema, TO_CENTRAL_TRIAGE, unitForwardSchema } from "@/lib/unit-inbox/schemas";
import { demoSession, referralForm } from "../support/factories";
import { inDanish, refusalInDanish } from "../support/translate";
import { viaForm } from "../support/via-form";

// The unit's inbox on real PostgreSQL: Center for Lungesygdomme works the referrals sent to it. Other specs share the
// database, so every test makes its own referrals and only looks at those.

let nurse: SessionUser;
let lungStaff: SessionUser;
let mentalStaff: SessionUser;

const refusedWith = (code: AppError["code"]) => expect.objectContaining({ name: "AppError", code });
const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000);

async function sendToLungUnit() {
  const result = await createReferral(nurse, referralForm({ offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL" }));
  if (result.kind !== "sent") throw new Error("expected the referral to be sent");
  return result.referralId;
}

async function referral(id: string) {
  const db = await getDb();
  return db.referral.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] }, contactAttempts: true } });
}

const eventTypes = async (id: string) => (await referral(id)).events.map((event) => event.type);

beforeAll(async () => {
  await seedDemoData(await getDb());
  nurse = await demoSession("demo-user-nurse");
  lungStaff = await demoSession("demo-user-unit-lung");
  mentalStaff = await demoSession("demo-user-unit-mental");
});

describe("opening a referral", () => {
  it("marks it seen once, on the first opening, and audit-logs the CPR read", async () => {
    const id = await sendToLungUnit();
    const first = await openUnitReferral(lungStaff, id);
    expect(first).toMatchObject({ id, status: "RECEIVED" });
    expect(first?.citizen.cpr).toMatch(/^\d{10}$/);
    await openUnitReferral(lungStaff, id);
    const after = await referral(id);
    expect(after.events.filter((event) => event.type === "SEEN")).toEqual([expect.objectContaining({ fromStatus: "RECEIVED", toStatus: "RECEIVED", actorUserId: lungStaff.id })]);
    expect(first?.version).toBe(after.version);
    const db = await getDb();
    expect(await db.auditLog.count({ where: { action: "citizen.cpr.read", entityId: id, userId: lungStaff.id } })).toBe(2);
  });

  it("two openings at once still write one SEEN event", async () => {
    const id = await sendToLungUnit();
    await Promise.all([openUnitReferral(lungStaff, id), openUnitReferral(lungStaff, id)]);
    expect((await eventTypes(id)).filter((type) => type === "SEEN")).toHaveLength(1);
  });
});

describe("the course at the unit", () => {
  it("accepts, books the first meeting (and moves it), starts and completes", async () => {
    const id = await sendToLungUnit();
    const seen = (await openUnitReferral(lungStaff, id))!;
    await acceptReferral(lungStaff, { referralId: id, expectedVersion: seen.version });
    const inThePast = { referralId: id, expectedVersion: String((await referral(id)).version), date: "2020-03-05", time: "10:30", place: "Center for Lungesygdomme" };
    expect(await refusalInDanish(viaForm(firstMeetingSchema, inThePast, (input) => bookFirstMeeting(lungStaff, input)))).toMatchObject({
      code: "INVALID",
      fieldErrors: { date: ["Første møde skal ligge i fremtiden"] },
    });

    const at = inAWeek();
    await bookFirstMeeting(lungStaff, { referralId: id, at, place: "Center for Lungesygdomme, Mødelokale 2" });
    let after = await referral(id);
    expect(after).toMatchObject({ status: "FIRST_MEETING_BOOKED", firstMeetingAt: at, firstMeetingPlace: "Center for Lungesygdomme, Mødelokale 2" });
    expect(after.events.at(-1)).toMatchObject({ type: "FIRST_MEETING_BOOKED", note: "Center for Lungesygdomme, Mødelokale 2", details: { kind: "MEETING", at: at.toISOString() } });

    const later = new Date(at.getTime() + 24 * 3600 * 1000);
    await bookFirstMeeting(lungStaff, { referralId: id, at: later, place: "Telefonsamtale" });
    expect(await referral(id)).toMatchObject({ status: "FIRST_MEETING_BOOKED", firstMeetingAt: later, firstMeetingPlace: "Telefonsamtale" });

    await markStarted(lungStaff, { referralId: id });
    await markCompleted(lungStaff, { referralId: id });
    after = await referral(id);
    expect(after.status).toBe("COMPLETED");
    expect(after.events.map((event) => event.type)).toEqual(["SENT", "RECEIVED", "SEEN", "ACCEPTED", "FIRST_MEETING_BOOKED", "FIRST_MEETING_BOOKED", "STARTED", "COMPLETED"]);
    // Nothing leaves a closed referral.
    await expect(markStarted(lungStaff, { referralId: id })).rejects.toEqual(refusedWith("CONFLICT"));
  });

  it("refuses a decision from a page that is out of date", async () => {
    const id = await sendToLungUnit();
    const { version } = await referral(id);
    await acceptReferral(lungStaff, { referralId: id, expectedVersion: version });
    await expect(markStarted(lungStaff, { referralId: id, expectedVersion: version })).rejects.toEqual(refusedWith("CONFLICT"));
  });

  it("records the citizen's no thank you with the reason", async () => {
    const id = await sendToLungUnit();
    const page = { referralId: id, expectedVersion: String((await referral(id)).version) };
    expect(await refusalInDanish(viaForm(citizenDeclinedSchema, { ...page, reason: "Nej" }, (input) => markCitizenDeclined(lungStaff, input)))).toEqual(
      expect.objectContaining({ code: "INVALID", fieldErrors: { reason: ["Skriv med mindst 5 tegn, hvorfor borgeren sagde nej tak"] } }),
    );
    expect(await eventTypes(id)).not.toContain("CITIZEN_DECLINED");
    await markCitizenDeclined(lungStaff, { referralId: id, reason: "Vil hellere træne i sin lokale forening." });
    expect((await referral(id)).events.at(-1)).toMatchObject({ type: "CITIZEN_DECLINED", toStatus: "CITIZEN_DECLINED", note: "Vil hellere træne i sin lokale forening." });
  });
});

describe("contact attempts and could not reach", () => {
  it("logs each attempt as a row and an event; could not reach only after two attempts", async () => {
    const id = await sendToLungUnit();
    await logContactAttempt(lungStaff, { referralId: id, channel: "PHONE", outcome: "NO_ANSWER", note: "Ringede kl. 10" });
    expect(await refusalInDanish(markNotReached(lungStaff, { referralId: id }))).toEqual(
      expect.objectContaining({ code: "INVALID", message: "Borgeren kan først meldes »kunne ikke kontaktes«, når I har registreret mindst 2 forsøg på kontakt." }),
    );

    await logContactAttempt(lungStaff, { referralId: id, channel: "DIGITAL_POST", outcome: "SENT" });
    const attempts = await referral(id);
    expect(attempts.status).toBe("RECEIVED");
    expect(attempts.contactAttempts.map((attempt) => [attempt.channel, attempt.outcome, attempt.note, attempt.userId]).sort()).toEqual([
      ["DIGITAL_POST", "SENT", null, lungStaff.id],
      ["PHONE", "NO_ANSWER", "Ringede kl. 10", lungStaff.id],
    ]);
    expect(attempts.events.filter((event) => event.type === "CONTACT_ATTEMPT").map((event) => [event.details, event.note])).toEqual([
      [{ kind: "CONTACT", channel: "PHONE", outcome: "NO_ANSWER" }, "Ringede kl. 10"],
      [{ kind: "CONTACT", channel: "DIGITAL_POST", outcome: "SENT" }, null],
    ]);

    await markNotReached(lungStaff, { referralId: id });
    expect(await referral(id)).toMatchObject({ status: "NOT_REACHED" });
  });
});

describe("declining and forwarding from the unit", () => {
  it("declines only with an alternative", async () => {
    const id = await sendToLungUnit();
    const page = { referralId: id, expectedVersion: String((await referral(id)).version) };
    expect(await refusalInDanish(viaForm(declineSchema, { ...page, reasonCode: "NOT_IN_TARGET_GROUP" }, (input) => declineReferral(lungStaff, input)))).toMatchObject({
      code: "INVALID",
      fieldErrors: { alternative: [inDanish(ALTERNATIVE_REQUIRED)] },
    });
    expect((await referral(id)).status).toBe("RECEIVED");
    await declineReferral(lungStaff, { referralId: id, reasonCode: "NEEDS_OTHER_HELP", alternativeText: "Borgeren kan få hjælp hos Center for Mental Sundhed." });
    expect((await referral(id)).events.at(-1)).toMatchObject({ type: "DECLINED", actorRole: "UNIT_STAFF", details: { kind: "DECLINE", reason: "NEEDS_OTHER_HELP" } });
  });

  it("sends it back to central triage from the same form", async () => {
    const id = await sendToLungUnit();
    const page = { referralId: id, expectedVersion: String((await referral(id)).version), offerId: TO_CENTRAL_TRIAGE, note: "Borgeren har mest brug for hjælp til angst." };
    await viaForm(unitForwardSchema, page, (input) => forwardReferral(lungStaff, input));
    expect(await referral(id)).toMatchObject({ route: "TRIAGE", destinationUnitId: null, status: "RECEIVED" });
  });
});

describe("another unit", () => {
  it("gets NOT_FOUND for the referral and every action on it, and changes nothing", async () => {
    const id = await sendToLungUnit();
    const before = await referral(id);
    const target = { referralId: id };
    expect(await openUnitReferral(mentalStaff, id)).toBeNull();
    const actions: (() => Promise<unknown>)[] = [
      () => acceptReferral(mentalStaff, target),
      () => bookFirstMeeting(mentalStaff, { ...target, at: inAWeek(), place: "Center for Mental Sundhed" }),
      () => logContactAttempt(mentalStaff, { ...target, channel: "PHONE", outcome: "NO_ANSWER" }),
      () => markStarted(mentalStaff, target),
      () => markCompleted(mentalStaff, target),
      () => markCitizenDeclined(mentalStaff, { ...target, reason: "Ikke interesseret" }),
      () => markNotReached(mentalStaff, target),
      () => declineReferral(mentalStaff, { ...target, reasonCode: "OTHER", reasonText: "Ikke vores", alternativeText: "Kontakt Center for Lungesygdomme." }),
      () => forwardReferral(mentalStaff, { ...target, to: "CENTRAL_TRIAGE", note: "Ikke vores borger" }),
    ];
    for (const action of actions) await expect(action()).rejects.toEqual(refusedWith("NOT_FOUND"));
    const after = await referral(id);
    expect(after).toMatchObject({ status: before.status, version: before.version });
    expect(after.contactAttempts).toEqual([]);
  });
});

describe("the inbox list", () => {
  it("narrows by status group and offer, orders newest or waited longest first, and shows only the unit's own", async () => {
    const first = await sendToLungUnit();
    const second = await sendToLungUnit();
    const seen = (await openUnitReferral(lungStaff, second))!;
    await acceptReferral(lungStaff, { referralId: second, expectedVersion: seen.version });
    const ids = async (filters: Parameters<typeof listUnitInbox>[1]) => (await listUnitInbox(lungStaff, filters, 1000)).rows.map((row) => row.id).filter((id) => id === first || id === second);

    expect(await ids({ view: "newest", status: "open", offer: "" })).toEqual([second, first]);
    expect(await ids({ view: "oldest", status: "open", offer: "" })).toEqual([first, second]);
    expect(await ids({ view: "newest", status: "new", offer: "" })).toEqual([first]);
    expect(await ids({ view: "newest", status: "inProgress", offer: "" })).toEqual([second]);
    expect(await ids({ view: "newest", status: "closed", offer: "" })).toEqual([]);
    expect(await ids({ view: "newest", status: "all", offer: "mere-luft-i-hverdagen-kol" })).toEqual([second, first]);
    expect(await ids({ view: "newest", status: "all", offer: "lungetraening-hjemme-paa-skaerm" })).toEqual([]);
    expect((await listUnitInbox(mentalStaff, { view: "newest", status: "all", offer: "mere-luft-i-hverdagen-kol" })).rows.map((row) => row.id)).not.toContain(first);
  });
});

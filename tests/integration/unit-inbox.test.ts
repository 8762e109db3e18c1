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
import { countOverdue, listUnitInbox } from "@/lib/unit-inbox/list-unit-inbox";
import { logContactAttempt } from "@/lib/unit-inbox/log-contact-attempt";
import { closeReferral } from "@/lib/unit-inbox/close-referral";
import { recordFollowUp } from "@/lib/unit-inbox/follow-up";
import { markStarted } from "@/lib/unit-inbox/mark-started";
import { openUnitReferral } from "@/lib/unit-inbox/open-unit-referral";
import { recordNoShow } from "@/lib/unit-inbox/record-no-show";
import { closeReferralSchema, firstMeetingSchema, TO_CENTRAL_TRIAGE, unitForwardSchema } from "@/lib/unit-inbox/schemas";
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

    // Not started before the meeting has been held.
    expect(await refusalInDanish(markStarted(lungStaff, { referralId: id }))).toMatchObject({ code: "INVALID", message: "Forløbet kan først meldes startet på eller efter første møde." });
    const afterMeeting = new Date(later.getTime() + 3600 * 1000);
    await markStarted(lungStaff, { referralId: id }, afterMeeting);

    // Closed with its outcome, a note for the GP and a bridging activity as the next step.
    const walk = await (await getDb()).offer.findUniqueOrThrow({ where: { slug: "gaahold-for-hjerte-og-lunger" }, select: { id: true } });
    await closeReferral(lungStaff, { referralId: id, outcome: "COMPLETED_AS_PLANNED", note: "Har gennemført holdet og går nu selv ture.", nextStep: walk.id }, afterMeeting);
    after = await referral(id);
    expect(after).toMatchObject({ status: "COMPLETED", clockStep: "FOLLOW_UP", escalation: "NONE" });
    expect(after.dueAt!.getTime() - afterMeeting.getTime()).toBeGreaterThan(88 * 24 * 3600 * 1000);
    expect(after.events.map((event) => event.type)).toEqual(["SENT", "RECEIVED", "SEEN", "ACCEPTED", "FIRST_MEETING_BOOKED", "FIRST_MEETING_BOOKED", "STARTED", "COMPLETED"]);
    expect(after.events.at(-1)).toMatchObject({
      note: "Har gennemført holdet og går nu selv ture.",
      alternativeOfferId: walk.id,
      details: { kind: "OUTCOME", outcome: "COMPLETED_AS_PLANNED", nextStep: "OFFER" },
    });
    // Nothing leaves a closed referral; the follow-up is recorded on it and stops its clock, the closing time stays.
    await expect(markStarted(lungStaff, { referralId: id }, afterMeeting)).rejects.toEqual(refusedWith("CONFLICT"));
    await recordFollowUp(lungStaff, { referralId: id, answer: "GOT_GOING" });
    const followed = await referral(id);
    expect(followed).toMatchObject({ status: "COMPLETED", clockStep: null, dueAt: null, closedAt: after.closedAt });
    expect(followed.events.at(-1)).toMatchObject({ type: "FOLLOWED_UP", details: { kind: "FOLLOW_UP", answer: "GOT_GOING" } });
    await expect(recordFollowUp(lungStaff, { referralId: id, answer: "DID_NOT" })).rejects.toEqual(refusedWith("CONFLICT"));
  });

  it("lists a follow-up that is due on a closed referral in the overdue view, which the overdue count counts", async () => {
    const id = await sendToLungUnit();
    const walk = await (await getDb()).offer.findUniqueOrThrow({ where: { slug: "gaahold-for-hjerte-og-lunger" }, select: { id: true } });
    await closeReferral(lungStaff, { referralId: id, outcome: "DECLINED_BEFORE_START", reason: "GROUP_FORMAT", note: "Vil hellere gå ture med andre.", nextStep: walk.id });
    const overdueView = async () => (await listUnitInbox(lungStaff, { view: "overdue", status: "open", offer: "" }, 1000)).rows.map((row) => row.id);
    expect(await overdueView()).not.toContain(id);
    // Three months on: the follow-up is due.
    const later = new Date(Date.now() + 100 * 24 * 3600 * 1000);
    expect(await countOverdue(lungStaff.unitId!, later)).toBeGreaterThan(await countOverdue(lungStaff.unitId!));
    await (await getDb()).referral.update({ where: { id }, data: { dueAt: new Date(Date.now() - 1000) } });
    expect(await overdueView()).toContain(id);
  });

  it("records a no-show at the first meeting once its time has come, and the meeting is booked again", async () => {
    const id = await sendToLungUnit();
    const seen = (await openUnitReferral(lungStaff, id))!;
    await acceptReferral(lungStaff, { referralId: id, expectedVersion: seen.version });
    const at = inAWeek();
    await bookFirstMeeting(lungStaff, { referralId: id, at, place: "Mødelokale 2" });
    expect(await refusalInDanish(recordNoShow(lungStaff, { referralId: id }))).toMatchObject({ code: "INVALID" });
    await recordNoShow(lungStaff, { referralId: id }, new Date(at.getTime() + 3600 * 1000));
    expect(await referral(id)).toMatchObject({ status: "ACCEPTED", firstMeetingAt: null, firstMeetingPlace: null, clockStep: "FIRST_MEETING" });
    await bookFirstMeeting(lungStaff, { referralId: id, at: new Date(at.getTime() + 7 * 24 * 3600 * 1000), place: "Mødelokale 3" });
    expect(await eventTypes(id)).toEqual(["SENT", "RECEIVED", "SEEN", "ACCEPTED", "FIRST_MEETING_BOOKED", "NO_SHOW", "FIRST_MEETING_BOOKED"]);
  });

  it("refuses a decision from a page that is out of date", async () => {
    const id = await sendToLungUnit();
    const { version } = await referral(id);
    await acceptReferral(lungStaff, { referralId: id, expectedVersion: version });
    await expect(logContactAttempt(lungStaff, { referralId: id, expectedVersion: version, channel: "PHONE", outcome: "NO_ANSWER" })).rejects.toEqual(refusedWith("CONFLICT"));
  });

  it("closes with the citizen's no thank you only with an outcome, a reason from the list and a note", async () => {
    const id = await sendToLungUnit();
    const page = { referralId: id, expectedVersion: String((await referral(id)).version) };
    const close = (form: Record<string, string>) => refusalInDanish(viaForm(closeReferralSchema, { ...page, ...form }, (input) => closeReferral(lungStaff, input)));
    expect(await close({ note: "Kort", nextStep: "" })).toMatchObject({
      code: "INVALID",
      fieldErrors: { outcome: ["Vælg, hvordan forløbet endte"], note: ["Skriv et kort afslutningsnotat til henviseren (mindst 10 tegn)"], nextStep: ["Vælg et næste skridt – eller »Intet behov«"] },
    });
    expect(await close({ outcome: "DECLINED_BEFORE_START", reason: "", note: "Borgeren ønsker ikke at starte.", nextStep: "NOTHING_NEEDED" })).toMatchObject({ fieldErrors: { reason: ["Vælg en årsag"] } });
    expect(await close({ outcome: "DECLINED_BEFORE_START", reason: "OTHER", note: "Borgeren ønsker ikke at starte.", nextStep: "NOTHING_NEEDED" })).toMatchObject({
      fieldErrors: { reasonText: ["Skriv årsagen med dine egne ord"] },
    });
    // A started course's outcome is not one for a referral that has not started.
    expect(await close({ outcome: "COMPLETED_AS_PLANNED", note: "Borgeren ønsker ikke at starte.", nextStep: "NOTHING_NEEDED" })).toMatchObject({ code: "CONFLICT" });
    expect(await eventTypes(id)).not.toContain("CITIZEN_DECLINED");
    await closeReferral(lungStaff, { referralId: id, outcome: "DECLINED_BEFORE_START", reason: "TIME_OF_DAY", note: "Kan kun om aftenen. Spørg gerne efter et aftenhold.", nextStep: "NOTHING_NEEDED" });
    expect(await referral(id)).toMatchObject({ status: "CITIZEN_DECLINED", clockStep: null });
    expect((await referral(id)).events.at(-1)).toMatchObject({
      type: "CITIZEN_DECLINED",
      note: "Kan kun om aftenen. Spørg gerne efter et aftenhold.",
      alternativeOfferId: null,
      details: { kind: "OUTCOME", outcome: "DECLINED_BEFORE_START", reason: "TIME_OF_DAY", nextStep: "NOTHING_NEEDED" },
    });
  });
});

describe("contact attempts and could not reach", () => {
  it("logs each attempt as a row and an event; could not reach only after two attempts", async () => {
    const id = await sendToLungUnit();
    await logContactAttempt(lungStaff, { referralId: id, channel: "PHONE", outcome: "NO_ANSWER", note: "Ringede kl. 10" });
    const notReached = { referralId: id, outcome: "NOT_REACHED" as const, note: "Har ringet og skrevet uden svar.", nextStep: "NOTHING_NEEDED" };
    expect(await refusalInDanish(closeReferral(lungStaff, notReached))).toEqual(
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

    await closeReferral(lungStaff, notReached);
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
      () => recordNoShow(mentalStaff, target),
      () => closeReferral(mentalStaff, { ...target, outcome: "DECLINED_BEFORE_START", reason: "NO_LONGER_WANTED", note: "Ikke interesseret i det.", nextStep: "NOTHING_NEEDED" }),
      () => recordFollowUp(mentalStaff, { ...target, answer: "GOT_GOING" }),
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

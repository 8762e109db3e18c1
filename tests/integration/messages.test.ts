import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { makeInvitation, openLetterToPrint } from "@/lib/letters/make-invitation";
import { claimTriageCase } from "@/lib/triage/claim-triage-case";
import { getTriageCase } from "@/lib/triage/get-triage-case";
import { correctContact } from "@/lib/referrals/correct-contact";
import { createReferral } from "@/lib/referrals/create-referral";
import { declineReferral } from "@/lib/referrals/decline-referral";
import { getDraft } from "@/lib/referrals/drafts";
import { forwardReferral } from "@/lib/referrals/forward-referral";
import { getOrganisationReferral } from "@/lib/referrals/get-organisation-referral";
import { markHolderRead } from "@/lib/referrals/mark-referral-read";
import { writeMessage } from "@/lib/referrals/messages";
import { referralSearchSchema } from "@/lib/referrals/referral-search";
import { listTriageQueue } from "@/lib/triage/list-triage-queue";
import { parseQueueSearch } from "@/lib/triage/schemas";
import { parseInboxFilters } from "@/lib/unit-inbox/inbox-filters";
import { listUnitInbox } from "@/lib/unit-inbox/list-unit-inbox";
import { listReferAgainOffers, referAgain } from "@/lib/referrals/refer-again";
import { contactCorrectionSchema, referralSchema, withdrawSchema } from "@/lib/referrals/schemas";
import { withdrawReferral } from "@/lib/referrals/withdraw-referral";
import { acceptReferral } from "@/lib/unit-inbox/accept-referral";
import { bookFirstMeeting } from "@/lib/unit-inbox/book-first-meeting";
import { openUnitReferral } from "@/lib/unit-inbox/open-unit-referral";
import { demoSession, referralForm } from "../support/factories";
import { refusalInDanish } from "../support/translate";
import { viaForm } from "../support/via-form";

// Messages, re-referral, withdrawal, corrected contact details and the citizen's letter on real PostgreSQL. Other specs
// share the database, so every test makes its own referrals and looks only at those.

let gp: SessionUser;
let nurse: SessionUser;
let otherGp: SessionUser;
let lungStaff: SessionUser;
let mentalStaff: SessionUser;
let coordinator: SessionUser;

const refusedWith = (code: string) => expect.objectContaining({ name: "AppError", code });

async function send(user: SessionUser, overrides: Record<string, string | string[]> = {}) {
  const result = await createReferral(user, referralForm(overrides));
  if (result.kind !== "sent") throw new Error("expected the referral to be sent");
  return result;
}
const toLungUnit = (user: SessionUser = nurse, overrides: Record<string, string | string[]> = {}) => send(user, { offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL", ...overrides });

async function outboxFor(organisationId: string, referralNumber: number) {
  const db = await getDb();
  return db.outboxMessage.findMany({ where: { organisationId, subject: { startsWith: `Henvisning nr. ${referralNumber}:` } }, orderBy: { createdAt: "asc" } });
}

const threadOf = (events: { type: string; note: string | null }[]) => events.filter((event) => event.type === "MESSAGE").map((event) => event.note);

beforeAll(async () => {
  await seedDemoData(await getDb());
  [gp, nurse, otherGp, lungStaff, mentalStaff, coordinator] = (await Promise.all(
    ["demo-user-gp", "demo-user-nurse", "demo-user-gp-amager", "demo-user-unit-lung", "demo-user-unit-mental", "demo-user-triage"].map(demoSession),
  )) as [SessionUser, SessionUser, SessionUser, SessionUser, SessionUser, SessionUser];
});

describe("messages on a referral", () => {
  it("go between the practice and the unit holding it, each told by e-mail without the citizen or the words", async () => {
    const { referralId, number } = await toLungUnit(nurse, { citizenName: "Grethe Beskedsen" });
    await writeMessage(gp, { referralId, message: "Hun hører dårligt – ring gerne to gange." });
    await writeMessage(lungStaff, { referralId, message: "Tak, det gør vi." });

    const practiceView = (await getOrganisationReferral(nurse, referralId))!;
    expect(threadOf(practiceView.events)).toEqual(["Hun hører dårligt – ring gerne to gange.", "Tak, det gør vi."]);
    const unitView = (await openUnitReferral(lungStaff, referralId))!;
    expect(threadOf(unitView.events)).toEqual(["Hun hører dårligt – ring gerne to gange.", "Tak, det gør vi."]);

    const db = await getDb();
    const lungOrganisation = (await db.unit.findUniqueOrThrow({ where: { slug: "center-for-lungesygdomme" }, select: { organisationId: true } })).organisationId!;
    const [toUnit] = await outboxFor(lungOrganisation, number);
    expect(toUnit).toMatchObject({ subject: `Henvisning nr. ${number}: ny besked fra henviseren`, recipient: "lungesygdomme@kk.example" });
    expect(toUnit!.text).toContain(`/indbakke/${referralId}`);
    const toPractice = (await outboxFor(gp.organisationId, number)).map((mail) => mail.subject);
    expect(toPractice).toContain(`Henvisning nr. ${number}: ny besked`);
    for (const mail of [...(await outboxFor(lungOrganisation, number)), ...(await outboxFor(gp.organisationId, number))]) {
      for (const secret of ["Grethe", "hører dårligt", "det gør vi", /\d{6}-?\d{4}/]) expect(mail.text).not.toMatch(secret);
    }
    // Audit-logged, naming the citizen.
    expect(await db.auditLog.count({ where: { action: "referral.message", entityId: referralId } })).toBe(2);
    // Unread for the holder: the unit's inbox marks the referral until the user opens it again.
    const inboxRow = async () => (await listUnitInbox(lungStaff, { ...parseInboxFilters({ status: "all" }), nr: referralSearchSchema.parse(String(number)) })).rows[0];
    await writeMessage(gp, { referralId, message: "Og hun kan ikke om fredagen." });
    expect(await inboxRow()).toMatchObject({ id: referralId, unread: true });
    await openUnitReferral(lungStaff, referralId);
    await markHolderRead(lungStaff, referralId);
    expect(await inboxRow()).toMatchObject({ id: referralId, unread: false });
  });

  it("mark central triage's case new in its queue when the referrer writes, until the coordinator opens it", async () => {
    const { referralId, number } = await send(gp, { needSlugs: ["stress"], offerSlug: "" });
    const queueRow = async () => (await listTriageQueue(coordinator, { ...parseQueueSearch({}), nr: referralSearchSchema.parse(String(number)) })).rows[0];
    expect(await queueRow()).toMatchObject({ id: referralId, unread: false });
    await writeMessage(gp, { referralId, message: "Hun vil helst tale med en kvinde." });
    expect(await queueRow()).toMatchObject({ id: referralId, unread: true });
    await markHolderRead(coordinator, referralId);
    expect(await queueRow()).toMatchObject({ id: referralId, unread: false });
    // The practice's mark is its own: a coordinator's read row never marks the practice's list read.
    expect(await markHolderRead(otherGp, referralId)).toBe(false);
  });

  it("never cross organisations: another practice, another unit and central triage cannot write or read them", async () => {
    const { referralId } = await toLungUnit();
    await writeMessage(nurse, { referralId, message: "Kun til lungeenheden." });
    await expect(writeMessage(otherGp, { referralId, message: "Fra en anden praksis." })).rejects.toEqual(refusedWith("NOT_FOUND"));
    await expect(writeMessage(mentalStaff, { referralId, message: "Fra en anden enhed." })).rejects.toEqual(refusedWith("NOT_FOUND"));
    await expect(writeMessage(coordinator, { referralId, message: "Fra visitationen." })).rejects.toEqual(refusedWith("NOT_FOUND"));
    expect(await getOrganisationReferral(otherGp, referralId)).toBeNull();
    expect(await openUnitReferral(mentalStaff, referralId)).toBeNull();
    expect(await getTriageCase(coordinator, referralId)).toBeNull();
  });

  it("are seen by central triage only while it held the referral, and by the unit only from when it holds it", async () => {
    const { referralId } = await send(gp, { needSlugs: ["stress"], offerSlug: "" });
    await writeMessage(gp, { referralId, message: "Til visitationen: hun vil helst have en kvinde." });
    await claimTriageCase(coordinator, { referralId });
    await writeMessage(coordinator, { referralId, message: "Noteret, vi finder et sted." });
    const db = await getDb();
    const stress = await db.offer.findUniqueOrThrow({ where: { slug: "faa-styr-paa-stress" }, select: { id: true } });
    await forwardReferral(coordinator, { referralId, to: { offerIds: [stress.id] } });
    // Central triage can no longer write; the unit now holds the referral, and the practice writes to the unit.
    await expect(writeMessage(coordinator, { referralId, message: "Efter videresendelsen." })).rejects.toEqual(refusedWith("NOT_FOUND"));
    await writeMessage(gp, { referralId, message: "Til enheden: hun kan kun om formiddagen." });
    await writeMessage(mentalStaff, { referralId, message: "Formiddag er fint." });

    expect(threadOf((await getTriageCase(coordinator, referralId))!.events)).toEqual(["Til visitationen: hun vil helst have en kvinde.", "Noteret, vi finder et sted."]);
    expect(threadOf((await openUnitReferral(mentalStaff, referralId))!.events)).toEqual(["Til enheden: hun kan kun om formiddagen.", "Formiddag er fint."]);
    expect(threadOf((await getOrganisationReferral(gp, referralId))!.events)).toHaveLength(4);
  });
});

describe("re-referral to the alternative", () => {
  it("makes a new draft with the old referral's citizen, needs, barriers and social profile, and links the two when sent", async () => {
    const { referralId, number } = await toLungUnit(nurse, {
      citizenName: "Ib Igen",
      bestTimeToCall: "Formiddag",
      language: "ar",
      needsInterpreter: "on",
      district: "BISPEBJERG",
      needSlugs: ["aandenoed", "ensomhed"],
      needsText: "Bliver forpustet og går ikke ud.",
      barriers: ["NO_GROUPS", "NEEDS_TRANSPORT"],
      educationLevel: "SHORT",
      employmentStatus: "RETIRED",
      livesAlone: "yes",
      chronicConditionCount: "3",
    });
    const db = await getDb();
    const alternative = await db.offer.findUniqueOrThrow({ where: { slug: "faa-styr-paa-stress" }, select: { id: true } });
    // Needs at two units and barriers the course cannot meet: central triage has it, and declines with an alternative.
    expect(await db.referral.findUniqueOrThrow({ where: { id: referralId }, select: { route: true, destinationUnitId: true } })).toEqual({ route: "TRIAGE", destinationUnitId: null });
    await claimTriageCase(coordinator, { referralId });
    await declineReferral(coordinator, { referralId, reasonCode: "NEEDS_OTHER_HELP", alternativeOfferId: alternative.id });

    // Only a closed referral of the organisation's own.
    await expect(referAgain(otherGp, { referralId, offerSlug: "faa-styr-paa-stress" })).rejects.toEqual(refusedWith("NOT_FOUND"));
    const open = await toLungUnit();
    await expect(referAgain(nurse, { referralId: open.referralId, offerSlug: "" })).rejects.toEqual(refusedWith("NOT_FOUND"));

    // The one-click choices: the alternative first, each offer once; none for another practice.
    const choices = await listReferAgainOffers(nurse, referralId, [{ slug: "faa-styr-paa-stress", title: "Hjælp til at få styr på stressen" }, { slug: "faa-styr-paa-stress", title: "Hjælp til at få styr på stressen" }]);
    expect(choices[0]).toEqual({ slug: "faa-styr-paa-stress", title: "Hjælp til at få styr på stressen" });
    expect(new Set(choices.map((choice) => choice.slug)).size).toBe(choices.length);
    expect(await listReferAgainOffers(otherGp, referralId, [])).toEqual([]);

    const { idempotencyKey } = await referAgain(nurse, { referralId, offerSlug: "faa-styr-paa-stress" });
    const draft = (await getDraft(nurse, idempotencyKey))!;
    expect(draft.values).toMatchObject({
      citizenName: "Ib Igen",
      phone: "20304050",
      bestTimeToCall: "Formiddag",
      language: "ar",
      needsInterpreter: "on",
      district: "BISPEBJERG",
      needSlugs: expect.arrayContaining(["aandenoed", "ensomhed"]),
      needsText: "Bliver forpustet og går ikke ud.",
      diagnoses: "KOL",
      barriers: ["NO_GROUPS", "NEEDS_TRANSPORT"],
      educationLevel: "SHORT",
      employmentStatus: "RETIRED",
      livesAlone: "yes",
      chronicConditionCount: "3",
      offerSlug: "faa-styr-paa-stress",
      previousReferralId: referralId,
      consent: "",
    });
    expect(await db.auditLog.count({ where: { action: "referral.refer_again", entityId: referralId } })).toBe(1);

    // Sent as the form sends it (with consent given again): one new referral, the same social profile, linked.
    const sent = await createReferral(nurse, referralSchema.parse({ ...draft.values, idempotencyKey, consent: "on", duplicateReason: "" }));
    if (sent.kind !== "sent") throw new Error("expected the referral to be sent");
    const profile = { ageBand: true, sex: true, district: true, educationLevel: true, employmentStatus: true, livesAlone: true, language: true, needsInterpreter: true, chronicConditionCount: true, barriers: true, referrerType: true } as const;
    const [before, after] = await Promise.all([
      db.socialProfile.findUniqueOrThrow({ where: { referralId }, select: profile }),
      db.socialProfile.findUniqueOrThrow({ where: { referralId: sent.referralId }, select: profile }),
    ]);
    expect(after).toEqual(before);
    expect(await db.referral.findUniqueOrThrow({ where: { id: sent.referralId }, select: { previousReferralId: true } })).toEqual({ previousReferralId: referralId });
    const old = (await getOrganisationReferral(nurse, referralId))!;
    expect(old.events.at(-1)).toMatchObject({ type: "REFERRED_AGAIN", details: { kind: "REFERRED_AGAIN", referralId: sent.referralId, number: sent.number } });
    expect(sent.number).toBeGreaterThan(number);
    // Sending the same form again makes nothing new.
    const again = await createReferral(nurse, referralSchema.parse({ ...draft.values, idempotencyKey, consent: "on" }));
    expect(again).toMatchObject({ kind: "sent", referralId: sent.referralId, alreadySent: true });
    expect(await db.referralEvent.count({ where: { referralId, type: "REFERRED_AGAIN" } })).toBe(1);
  });
});

describe("the referrer withdraws or corrects", () => {
  it("withdraws with a reason the unit reads and is told of; without one, refused at the field", async () => {
    const { referralId, number } = await toLungUnit();
    const db = await getDb();
    const { version } = await db.referral.findUniqueOrThrow({ where: { id: referralId }, select: { version: true } });
    expect(await refusalInDanish(viaForm(withdrawSchema, { referralId, expectedVersion: String(version), reason: "" }, (input) => withdrawReferral(nurse, input)))).toMatchObject({
      code: "INVALID",
      fieldErrors: { reason: ["Skriv kort, hvorfor henvisningen trækkes tilbage (mindst 5 tegn)"] },
    });
    await expect(withdrawReferral(otherGp, { referralId, expectedVersion: version, reason: "Ikke vores." })).rejects.toEqual(refusedWith("NOT_FOUND"));
    await withdrawReferral(nurse, { referralId, expectedVersion: version, reason: "Borgeren er flyttet til Aarhus." });
    const after = await db.referral.findUniqueOrThrow({ where: { id: referralId }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(after).toMatchObject({ status: "WITHDRAWN", clockStep: null });
    expect(after.closedAt).not.toBeNull();
    expect(after.events.at(-1)).toMatchObject({ type: "WITHDRAWN", note: "Borgeren er flyttet til Aarhus.", actorUserId: nurse.id });
    const lungOrganisation = (await db.unit.findUniqueOrThrow({ where: { slug: "center-for-lungesygdomme" }, select: { organisationId: true } })).organisationId!;
    expect((await outboxFor(lungOrganisation, number)).map((mail) => mail.subject)).toContain(`Henvisning nr. ${number}: trukket tilbage`);
  });

  it("corrects the contact details: a new snapshot, the fields named on the timeline, the holder told; the same again changes nothing", async () => {
    const { referralId, number } = await toLungUnit(nurse, { citizenName: "Rita Ret" });
    const fields = { referralId, citizenName: "Rita Ret", phone: "12 34 56 78", bestTimeToCall: "Efter kl. 17", preferredChannel: "LETTER" };
    expect(await refusalInDanish(viaForm(contactCorrectionSchema, { ...fields, phone: "123" }, (input) => correctContact(nurse, input)))).toMatchObject({ code: "INVALID", fieldErrors: { phone: [expect.any(String)] } });
    expect(await viaForm(contactCorrectionSchema, fields, (input) => correctContact(nurse, input))).toEqual({ changed: 3 });
    expect(await viaForm(contactCorrectionSchema, fields, (input) => correctContact(nurse, input))).toEqual({ changed: 0 });
    await expect(correctContact(otherGp, contactCorrectionSchema.parse(fields))).rejects.toEqual(refusedWith("NOT_FOUND"));
    const unitView = (await openUnitReferral(lungStaff, referralId))!;
    expect(unitView).toMatchObject({ citizenPhone: "12345678", citizenBestTimeToCall: "Efter kl. 17", citizenPreferredChannel: "LETTER" });
    expect(unitView.events.filter((event) => event.type === "CONTACT_CORRECTED")).toEqual([
      expect.objectContaining({ details: { kind: "CONTACT_CORRECTED", fields: ["phone", "bestTimeToCall", "preferredChannel"] } }),
    ]);
    const db = await getDb();
    const lungOrganisation = (await db.unit.findUniqueOrThrow({ where: { slug: "center-for-lungesygdomme" }, select: { organisationId: true } })).organisationId!;
    expect((await outboxFor(lungOrganisation, number)).map((mail) => mail.subject)).toContain(`Henvisning nr. ${number}: nye kontaktoplysninger`);
  });
});

describe("the citizen's invitation", () => {
  it("is made once per meeting and language through the letter channel, also when asked for several times at once", async () => {
    const { referralId } = await toLungUnit(nurse, { citizenName: "Leila Brev", language: "ar" });
    await expect(makeInvitation(lungStaff, { referralId })).rejects.toEqual(refusedWith("CONFLICT"));
    await acceptReferral(lungStaff, { referralId });
    const at = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    await bookFirstMeeting(lungStaff, { referralId, at, place: "Center for Lungesygdomme, Bispebjerg Bakke 20" });
    await expect(makeInvitation(mentalStaff, { referralId })).rejects.toEqual(refusedWith("NOT_FOUND"));

    const made = await Promise.all([1, 2, 3].map(() => makeInvitation(lungStaff, { referralId })));
    const db = await getDb();
    const letters = await db.citizenLetter.findMany({ where: { referralId } });
    expect(letters).toHaveLength(1);
    expect(made.map((result) => result.letterId)).toEqual([letters[0]!.id, letters[0]!.id, letters[0]!.id]);
    expect(made.filter((result) => result.created)).toHaveLength(1);
    expect(letters[0]).toMatchObject({ language: "ar", channel: "PRINT", status: "READY_TO_PRINT", templateVersion: expect.stringMatching(/^invitation-/), createdById: lungStaff.id, printCount: 0 });
    expect(await db.auditLog.count({ where: { action: "letter.create", entityId: letters[0]!.id } })).toBe(1);

    // In another language it is another letter; moved to another time, another again.
    expect((await makeInvitation(lungStaff, { referralId, language: "da" })).created).toBe(true);
    await bookFirstMeeting(lungStaff, { referralId, at: new Date(at.getTime() + 3600 * 1000), place: "Telefonsamtale" });
    expect((await makeInvitation(lungStaff, { referralId })).created).toBe(true);
    expect(await db.citizenLetter.count({ where: { referralId } })).toBe(3);

    // Opened to print: recorded and audit-logged each time, only at the unit.
    expect(await openLetterToPrint(mentalStaff, letters[0]!.id)).toBeNull();
    const shown = (await openLetterToPrint(lungStaff, letters[0]!.id))!;
    expect(shown).toMatchObject({ language: "ar", printCount: 1, createdBy: "Sara Nielsen", content: { dir: "rtl", greeting: expect.stringContaining("Leila Brev") } });
    await openLetterToPrint(lungStaff, letters[0]!.id);
    expect(await db.auditLog.count({ where: { action: "letter.print", entityId: letters[0]!.id } })).toBe(2);
  });
});

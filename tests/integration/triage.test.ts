import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { AppError } from "@/lib/errors";
import { assignReferral } from "@/lib/referrals/assign-referral";
import { createReferral } from "@/lib/referrals/create-referral";
import { listColleagues } from "@/lib/referrals/list-colleagues";
import { declineReferral } from "@/lib/referrals/decline-referral";
import { forwardReferral } from "@/lib/referrals/forward-referral";
import { ALTERNATIVE_REQUIRED, declineSchema } from "@/lib/referrals/schemas";
import { transitionReferral } from "@/lib/referrals/transition-referral";
import { findSessionUserByEmail } from "@/lib/session/users";
import { changePriority } from "@/lib/triage/change-priority";
import { claimTriageCase } from "@/lib/triage/claim-triage-case";
import { getTriageCase } from "@/lib/triage/get-triage-case";
import { listTriageQueue } from "@/lib/triage/list-triage-queue";
import { releaseTriageCase } from "@/lib/triage/release-triage-case";
import { requestInformation } from "@/lib/triage/request-information";
import { parseQueueSearch, requestInformationSchema } from "@/lib/triage/schemas";
import { TO_CENTRAL_TRIAGE, unitForwardSchema } from "@/lib/unit-inbox/schemas";
import { demoSession, referralForm } from "../support/factories";
import { inDanish, refusalInDanish } from "../support/translate";
import { viaForm } from "../support/via-form";

// Central triage on real PostgreSQL. Other specs share the database, so every test makes its own referrals and only
// looks at those.

let nurse: SessionUser;
let gp: SessionUser;
let coordinator: SessionUser;
let colleague: SessionUser;
let lungStaff: SessionUser;
let offers: Record<string, { id: string; unitId: string }>;

const SLUGS = ["faa-styr-paa-stress", "traening-for-ondt-i-ryggen", "mere-luft-i-hverdagen-kol", "leve-med-astma", "hjaelp-i-hjemmet-fra-en-social-vejleder"];

/** A referral sent without choosing an offer ("Ved ikke"): it goes to central triage. */
async function sendToTriage(overrides: Record<string, string | string[] | undefined> = {}) {
  const result = await createReferral(nurse, referralForm({ offerSlug: undefined, ...overrides }));
  if (result.kind !== "sent") throw new Error("expected the referral to be sent");
  return result.referralId;
}

async function referral(id: string) {
  const db = await getDb();
  return db.referral.findUniqueOrThrow({
    where: { id },
    include: { events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] }, needs: { select: { slug: true } }, socialProfile: true },
  });
}

async function claimed(id: string, user = coordinator) {
  await claimTriageCase(user, { referralId: id });
  return referral(id);
}

const refusedWith = (code: AppError["code"]) => expect.objectContaining({ name: "AppError", code });
/** A refusal as the user reads it (refusalInDanish): its code and its message in Danish. */
const saidInDanish = (code: AppError["code"], message: RegExp) => expect.objectContaining({ code, message: expect.stringMatching(message) });

beforeAll(async () => {
  const db = await getDb();
  await seedDemoData(db);
  nurse = await demoSession("demo-user-nurse");
  gp = await demoSession("demo-user-gp");
  coordinator = await demoSession("demo-user-triage");
  lungStaff = await demoSession("demo-user-unit-lung");
  const email = `visitator-${randomUUID()}@kk.example`;
  await db.user.create({ data: { email, name: "Jens Kofoed", title: "Visitator", role: "TRIAGE_COORDINATOR", organisationId: "demo-org-triage" } });
  colleague = (await findSessionUserByEmail(email))!;
  const found = await db.offer.findMany({ where: { slug: { in: SLUGS } }, select: { slug: true, id: true, unitId: true } });
  offers = Object.fromEntries(found.map((offer) => [offer.slug, { id: offer.id, unitId: offer.unitId }]));
});

describe("named owners", () => {
  it("gives a queued case to a colleague, who has it under Mine and takes it; a third person cannot act on it", async () => {
    const id = await sendToTriage();
    const { version } = await referral(id);
    await assignReferral(coordinator, { referralId: id, expectedVersion: version, toUserId: colleague.id, note: "Du kender praksis." });
    const given = await referral(id);
    expect(given).toMatchObject({ status: "RECEIVED", assignedToId: colleague.id });
    expect(given.events.at(-1)).toMatchObject({ type: "ASSIGNED", note: "Du kender praksis.", details: { kind: "ASSIGNED", toUserId: colleague.id, toName: "Jens Kofoed" } });
    const mine = await listTriageQueue(colleague, parseQueueSearch({ view: "mine" }), 1000);
    expect(mine.rows.map((row) => row.id)).toContain(id);
    const unassigned = await listTriageQueue(coordinator, parseQueueSearch({}), 1000);
    expect(unassigned.rows.map((row) => row.id)).not.toContain(id);
    // Only the colleague it was given to may take it.
    await expect(claimTriageCase(coordinator, { referralId: id })).rejects.toEqual(refusedWith("CONFLICT"));
    await claimTriageCase(colleague, { referralId: id });
    expect(await referral(id)).toMatchObject({ status: "IN_TRIAGE", assignedToId: colleague.id });
    // Each colleague's open cases are counted.
    const colleagues = await listColleagues(coordinator);
    expect(colleagues[0]!.id).toBe(coordinator.id);
    expect(colleagues.find((row) => row.id === colleague.id)!.open).toBeGreaterThanOrEqual(1);
    // And taken back.
    await assignReferral(coordinator, { referralId: id, toUserId: coordinator.id });
    expect(await referral(id)).toMatchObject({ status: "IN_TRIAGE", assignedToId: coordinator.id });
    const db = await getDb();
    expect(await db.auditLog.count({ where: { action: "referral.assign", entityId: id } })).toBe(2);
  });

  it("lets exactly one of two coordinators assigning at once win", async () => {
    const id = await sendToTriage();
    const { version } = await referral(id);
    const results = await Promise.allSettled([
      assignReferral(coordinator, { referralId: id, expectedVersion: version, toUserId: colleague.id }),
      assignReferral(colleague, { referralId: id, expectedVersion: version, toUserId: coordinator.id }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((result) => result.status === "rejected").map((result) => (result as PromiseRejectedResult).reason)).toEqual([refusedWith("CONFLICT")]);
    expect((await referral(id)).events.filter((event) => event.type === "ASSIGNED")).toHaveLength(1);
  });

  it("refuses a colleague who is not a coordinator of central triage", async () => {
    const id = await sendToTriage();
    expect(await refusalInDanish(assignReferral(coordinator, { referralId: id, toUserId: lungStaff.id }))).toEqual(saidInDanish("INVALID", /Vælg en kollega/));
    expect((await referral(id)).assignedToId).toBeNull();
  });
});

describe("claiming a case", () => {
  it("lets exactly one of two coordinators claiming at once win; the other is told a colleague has it", async () => {
    const id = await sendToTriage();
    const { version } = await referral(id);
    const results = await Promise.allSettled([
      claimTriageCase(coordinator, { referralId: id, expectedVersion: version }),
      claimTriageCase(colleague, { referralId: id, expectedVersion: version }),
    ]);
    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const rejected = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    const refusal = await refusalInDanish(Promise.reject(rejected[0]!.reason));
    expect(refusal).toEqual(saidInDanish("CONFLICT", /^Sagen er allerede taget af en kollega: (Lone Vestergaard|Jens Kofoed)\.$/));

    const after = await referral(id);
    const winner = results[0]!.status === "fulfilled" ? coordinator : colleague;
    expect(after).toMatchObject({ status: "IN_TRIAGE", assignedToId: winner.id, version: version + 1 });
    expect(after.events.filter((event) => event.type === "CLAIMED")).toEqual([
      expect.objectContaining({ fromStatus: "RECEIVED", toStatus: "IN_TRIAGE", actorUserId: winner.id, actorRole: "TRIAGE_COORDINATOR" }),
    ]);
    expect((refusal as { message: string }).message).toContain(winner.name);
  });

  it("takes the case out of 'Ikke fordelt' into 'Mine', and back when it is put back in the queue", async () => {
    const id = await sendToTriage();
    const ids = async (view: string, user = coordinator) => (await listTriageQueue(user, parseQueueSearch({ view }))).rows.map((row) => row.id);
    expect(await ids("unassigned")).toContain(id);

    await claimTriageCase(coordinator, { referralId: id });
    expect(await ids("unassigned")).not.toContain(id);
    expect(await ids("mine")).toContain(id);
    expect(await ids("mine", colleague)).not.toContain(id);

    await expect(releaseTriageCase(colleague, { referralId: id })).rejects.toEqual(refusedWith("CONFLICT"));
    await releaseTriageCase(coordinator, { referralId: id });
    const after = await referral(id);
    expect(after).toMatchObject({ status: "RECEIVED", assignedToId: null });
    expect(after.events.map((event) => event.type)).toEqual(["SENT", "RECEIVED", "CLAIMED", "RELEASED"]);
    expect(await ids("unassigned")).toContain(id);
  });

  it("refuses a claim from a page that is out of date", async () => {
    const id = await sendToTriage();
    const { version } = await referral(id);
    await changePriority(coordinator, { referralId: id, priority: "HIGH", reason: "Borgeren er ved at miste boligen" });
    expect(await refusalInDanish(claimTriageCase(colleague, { referralId: id, expectedVersion: version }))).toEqual(saidInDanish("CONFLICT", /ændret af en anden/));
    expect((await referral(id)).assignedToId).toBeNull();
  });
});

describe("forwarding", () => {
  it("sends the referral to the first offer's unit and a split referral to each further offer, in one go", async () => {
    const id = await sendToTriage({ needSlugs: ["stress", "ondt-i-ryggen"], district: "VALBY", livesAlone: "yes" });
    const before = await claimed(id);
    const stress = offers["faa-styr-paa-stress"]!;
    const back = offers["traening-for-ondt-i-ryggen"]!;

    const result = await forwardReferral(coordinator, {
      referralId: id,
      expectedVersion: before.version,
      to: { offerIds: [stress.id, back.id] },
      note: "Borgeren vil helst have tider om formiddagen.",
    });

    const original = await referral(id);
    expect(original).toMatchObject({ status: "RECEIVED", destinationUnitId: stress.unitId, offerId: stress.id, assignedToId: null, route: "TRIAGE" });
    expect(original.events.slice(2).map((event) => [event.type, event.fromStatus, event.toStatus, event.toUnitId])).toEqual([
      ["CLAIMED", "RECEIVED", "IN_TRIAGE", null],
      ["FORWARDED", "IN_TRIAGE", "FORWARDED", stress.unitId],
      ["RECEIVED", "FORWARDED", "RECEIVED", stress.unitId],
    ]);
    expect(original.events[3]).toMatchObject({ actorUserId: coordinator.id, note: "Borgeren vil helst have tider om formiddagen." });

    expect(result.splitReferrals).toHaveLength(1);
    const split = await referral(result.splitReferrals[0]!.id);
    expect(split).toMatchObject({
      parentReferralId: id,
      idempotencyKey: `${before.idempotencyKey}:${back.id}`,
      citizenId: before.citizenId,
      referrerOrganisationId: nurse.organisationId,
      status: "RECEIVED",
      destinationUnitId: back.unitId,
      offerId: back.id,
      route: "TRIAGE",
      sentAt: before.sentAt,
    });
    expect(split.needs.map((need) => need.slug).sort()).toEqual(["ondt-i-ryggen", "stress"]);
    const { id: _a, referralId: _b, ...profile } = before.socialProfile!;
    expect(split.socialProfile).toMatchObject({ ...profile, district: "VALBY", livesAlone: true });
    expect(split.events.map((event) => [event.type, event.toStatus, event.toUnitId, event.details])).toEqual([
      ["SENT", "SENT", null, { kind: "SPLIT" }],
      ["RECEIVED", "RECEIVED", back.unitId, null],
    ]);
    expect(split.events[0]).toMatchObject({ actorUserId: coordinator.id, note: `Delt fra henvisning nr. ${before.number} af Central visitation (demo).` });

    const db = await getDb();
    expect(await db.auditLog.findFirst({ where: { action: "referral.forward", entityId: id } })).toMatchObject({ userId: coordinator.id, citizenId: before.citizenId });
  });

  it("refuses offers that take no referrals, and a case the coordinator has not taken", async () => {
    const id = await sendToTriage();
    const asthma = offers["leve-med-astma"]!;
    const db = await getDb();
    const club = await db.offer.findFirstOrThrow({ where: { takesReferrals: false, isActive: true }, select: { id: true } });
    await expect(forwardReferral(coordinator, { referralId: id, to: { offerIds: [asthma.id] } })).rejects.toEqual(refusedWith("CONFLICT"));
    await claimTriageCase(coordinator, { referralId: id });
    expect(await refusalInDanish(forwardReferral(coordinator, { referralId: id, to: { offerIds: [club.id] } }))).toEqual(saidInDanish("INVALID", /tager ikke imod henvisninger/));
    expect(await refusalInDanish(forwardReferral(colleague, { referralId: id, to: { offerIds: [asthma.id] } }))).toEqual(saidInDanish("CONFLICT", /Lone Vestergaard/));
    expect(await referral(id)).toMatchObject({ status: "IN_TRIAGE", destinationUnitId: null });
  });
});

describe("asking the referrer", () => {
  it("waits for the answer with the question on the event, then the case is back in the queue", async () => {
    const id = await sendToTriage();
    const page = { referralId: id, expectedVersion: String((await claimed(id)).version) };
    const ask = (question: string) => viaForm(requestInformationSchema, { ...page, question }, (input) => requestInformation(coordinator, input));
    expect(await refusalInDanish(ask("Hm"))).toEqual(
      expect.objectContaining({ code: "INVALID", fieldErrors: { question: ["Skriv dit spørgsmål til henviseren med mindst 5 tegn"] } }),
    );

    const question = "Har borgeren fået målt lungefunktion, og hvad viste den?";
    await ask(`  ${question} `);
    const waiting = await referral(id);
    expect(waiting).toMatchObject({ status: "AWAITING_INFORMATION", assignedToId: null });
    expect(waiting.events.at(-1)).toMatchObject({ type: "INFORMATION_REQUESTED", fromStatus: "IN_TRIAGE", note: question, actorUserId: coordinator.id });
    const queue = async (view: string) => (await listTriageQueue(coordinator, parseQueueSearch({ view }))).rows.map((row) => row.id);
    expect(await queue("awaiting")).toContain(id);
    expect(await queue("unassigned")).not.toContain(id);

    // The practice answers on its own page; the answer is the lifecycle's INFORMATION_PROVIDED move.
    const db = await getDb();
    await db.$transaction((tx) => transitionReferral(tx, { referralId: id, event: "INFORMATION_PROVIDED", actor: gp, note: "FEV1 62 %." }));
    expect(await referral(id)).toMatchObject({ status: "RECEIVED", assignedToId: null });
    expect(await queue("unassigned")).toContain(id);
    expect(await queue("awaiting")).not.toContain(id);
  });
});

describe("declining", () => {
  it("is impossible without an alternative, and with one the reason and the alternative are on the event", async () => {
    const id = await sendToTriage();
    const before = await claimed(id);
    const page = { referralId: id, expectedVersion: String(before.version) };
    const decline = (values: Record<string, unknown>) => viaForm(declineSchema, { ...page, ...values }, (input) => declineReferral(coordinator, input));
    for (const without of [{}, { alternativeText: "   " }, { alternativeOfferId: "" }]) {
      expect(await refusalInDanish(decline({ reasonCode: "NEEDS_OTHER_HELP", ...without }))).toMatchObject({ code: "INVALID", fieldErrors: { alternative: [inDanish(ALTERNATIVE_REQUIRED)] } });
    }
    expect(await refusalInDanish(decline({ reasonCode: "OTHER", alternativeText: "Ring til kommunens rådgivning." }))).toMatchObject({
      code: "INVALID",
      fieldErrors: { reasonText: [expect.stringMatching(/Anden grund/)] },
    });
    const unchanged = await referral(id);
    expect(unchanged).toMatchObject({ status: "IN_TRIAGE", version: before.version });
    expect(unchanged.events.some((event) => event.type === "DECLINED")).toBe(false);

    const social = offers["hjaelp-i-hjemmet-fra-en-social-vejleder"]!;
    const advice = "Tal med borgeren om Patientnetværket – de har en gruppe for enker.";
    await declineReferral(coordinator, {
      referralId: id,
      expectedVersion: before.version,
      reasonCode: "NEEDS_OTHER_HELP",
      reasonText: "Borgeren har mest brug for hjælp i hjemmet.",
      alternativeOfferId: social.id,
      alternativeText: advice,
    });
    const declined = await referral(id);
    expect(declined.status).toBe("DECLINED");
    expect(declined.events.at(-1)).toMatchObject({
      type: "DECLINED",
      fromStatus: "IN_TRIAGE",
      toStatus: "DECLINED",
      actorUserId: coordinator.id,
      details: { kind: "DECLINE", reason: "NEEDS_OTHER_HELP" },
      note: "Borgeren har mest brug for hjælp i hjemmet.",
      alternativeOfferId: social.id,
      alternativeText: advice,
    });
  });

  it("accepts advice in words alone, and refuses a page that is out of date", async () => {
    const id = await sendToTriage();
    const before = await claimed(id);
    await changePriority(coordinator, { referralId: id, priority: "HIGH", reason: "Borgeren har det dårligt" });
    const decline = { referralId: id, reasonCode: "OUTSIDE_MUNICIPALITY" as const, alternativeText: "Henvis til Frederiksberg Kommunes sundhedscenter." };
    await expect(declineReferral(coordinator, { ...decline, expectedVersion: before.version })).rejects.toEqual(refusedWith("CONFLICT"));
    await declineReferral(coordinator, { ...decline, expectedVersion: before.version + 1 });
    expect((await referral(id)).events.at(-1)).toMatchObject({ type: "DECLINED", details: { kind: "DECLINE", reason: "OUTSIDE_MUNICIPALITY" }, alternativeOfferId: null });
  });
});

describe("changing the priority", () => {
  it("writes the new priority and the reason on the event, and refuses the priority it already has", async () => {
    const id = await sendToTriage();
    await changePriority(coordinator, { referralId: id, priority: "HIGH", reason: "Borgeren er ved at miste boligen" });
    const after = await referral(id);
    expect(after).toMatchObject({ priority: "HIGH", status: "RECEIVED" });
    expect(after.events.at(-1)).toMatchObject({ type: "PRIORITY_CHANGED", details: { kind: "PRIORITY", priority: "HIGH" }, note: "Borgeren er ved at miste boligen", actorUserId: coordinator.id });
    await expect(changePriority(coordinator, { referralId: id, priority: "HIGH", reason: "Igen, igen" })).rejects.toEqual(refusedWith("INVALID"));
    const high = await listTriageQueue(coordinator, parseQueueSearch({ priority: "HIGH" }));
    expect(high.rows.map((row) => row.id)).toContain(id);
    expect(high.rows.every((row) => row.priority === "HIGH")).toBe(true);
  });
});

describe("unit staff forwarding", () => {
  async function sendToLungUnit() {
    const result = await createReferral(nurse, referralForm({ offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL" }));
    if (result.kind !== "sent") throw new Error("expected the referral to be sent");
    expect(await referral(result.referralId)).toMatchObject({ route: "UNIT", destinationUnitId: offers["mere-luft-i-hverdagen-kol"]!.unitId });
    return result.referralId;
  }

  it("sends a referral back to central triage with a reason — into the queue, never to the GP", async () => {
    const id = await sendToLungUnit();
    const page = { referralId: id, expectedVersion: String((await referral(id)).version), offerId: TO_CENTRAL_TRIAGE };
    expect(await refusalInDanish(viaForm(unitForwardSchema, page, (input) => forwardReferral(lungStaff, input)))).toMatchObject({
      code: "INVALID",
      fieldErrors: { note: [expect.stringMatching(/hvorfor/)] },
    });
    await forwardReferral(lungStaff, { referralId: id, to: "CENTRAL_TRIAGE", note: "Borgeren har mest brug for hjælp til angst." });

    const after = await referral(id);
    expect(after).toMatchObject({ route: "TRIAGE", destinationUnitId: null, status: "RECEIVED", assignedToId: null, referrerOrganisationId: nurse.organisationId });
    expect(after.events.slice(2).map((event) => [event.type, event.toStatus, event.actorRole, event.details])).toEqual([
      ["FORWARDED", "FORWARDED", "UNIT_STAFF", { kind: "TO_CENTRAL_TRIAGE" }],
      ["RECEIVED", "RECEIVED", null, null],
    ]);
    const queue = await listTriageQueue(coordinator, parseQueueSearch({}));
    expect(queue.rows.map((row) => row.id)).toContain(id);
    // It is no longer the unit's: the unit can neither forward nor decline it now.
    await expect(forwardReferral(lungStaff, { referralId: id, to: { offerIds: [offers["faa-styr-paa-stress"]!.id] } })).rejects.toEqual(refusedWith("NOT_FOUND"));
  });

  it("forwards to another unit's offer, not to its own, and declines only with an alternative", async () => {
    const id = await sendToLungUnit();
    expect(await refusalInDanish(forwardReferral(lungStaff, { referralId: id, to: { offerIds: [offers["leve-med-astma"]!.id] } }))).toEqual(saidInDanish("INVALID", /anden enhed/));
    const page = { referralId: id, expectedVersion: String((await referral(id)).version) };
    expect(await refusalInDanish(viaForm(declineSchema, { ...page, reasonCode: "NOT_IN_TARGET_GROUP" }, (input) => declineReferral(lungStaff, input)))).toMatchObject({
      code: "INVALID",
      fieldErrors: { alternative: [inDanish(ALTERNATIVE_REQUIRED)] },
    });

    const stress = offers["faa-styr-paa-stress"]!;
    await forwardReferral(lungStaff, { referralId: id, to: { offerIds: [stress.id] } });
    expect(await referral(id)).toMatchObject({ route: "UNIT", destinationUnitId: stress.unitId, offerId: stress.id, status: "RECEIVED" });
  });

  it("cannot reach another unit's referrals", async () => {
    const id = await sendToTriage();
    await expect(forwardReferral(lungStaff, { referralId: id, to: "CENTRAL_TRIAGE", note: "Ikke vores" })).rejects.toEqual(refusedWith("NOT_FOUND"));
  });
});

describe("the case page's data", () => {
  it("shows the full referral to the coordinator and audit-logs the CPR read with the citizen", async () => {
    const id = await sendToTriage({ needsText: "Sover dårligt og er meget alene." });
    const shown = await getTriageCase(coordinator, id);
    expect(shown).toMatchObject({ id, needsText: "Sover dårligt og er meget alene.", routingReasons: ["NO_OFFER_CHOSEN"] });
    expect(shown?.citizen.cpr).toMatch(/^\d{10}$/);
    const db = await getDb();
    expect(await db.auditLog.findFirst({ where: { action: "citizen.cpr.read", entityId: id, userId: coordinator.id } })).toMatchObject({
      citizenId: shown?.citizen.id,
      entityType: "Referral",
    });
  });

  it("filters the queue by need, district and priority, and audit-logs the list", async () => {
    const valby = await sendToTriage({ needSlugs: ["stress"], district: "VALBY" });
    const other = await sendToTriage({ needSlugs: ["aandenoed"], district: "AMAGER_VEST" });
    const ids = async (params: Record<string, string>) => (await listTriageQueue(coordinator, parseQueueSearch(params))).rows.map((row) => row.id);
    expect(await ids({ need: "MIND", district: "VALBY" })).toContain(valby);
    expect(await ids({ need: "MIND" })).not.toContain(other);
    expect(await ids({ district: "VALBY" })).not.toContain(other);
    const { citizenId } = await referral(valby);
    const db = await getDb();
    expect(await db.auditLog.count({ where: { action: "referral.list.triage", userId: coordinator.id, citizenId, entityId: valby } })).toBeGreaterThan(0);
  });
});

describe("access", () => {
  it("refuses a GP every triage function", async () => {
    const id = await sendToTriage();
    const forbidden = refusedWith("FORBIDDEN");
    await expect(claimTriageCase(gp, { referralId: id })).rejects.toEqual(forbidden);
    await expect(releaseTriageCase(gp, { referralId: id })).rejects.toEqual(forbidden);
    await expect(requestInformation(gp, { referralId: id, question: "Hvad sker der?" })).rejects.toEqual(forbidden);
    await expect(changePriority(gp, { referralId: id, priority: "HIGH", reason: "Det haster" })).rejects.toEqual(forbidden);
    await expect(forwardReferral(gp, { referralId: id, to: { offerIds: [offers["faa-styr-paa-stress"]!.id] } })).rejects.toEqual(forbidden);
    await expect(declineReferral(gp, { referralId: id, reasonCode: "OTHER", reasonText: "Nej", alternativeText: "Et helt andet tilbud" })).rejects.toEqual(forbidden);
    await expect(getTriageCase(gp, id)).rejects.toEqual(forbidden);
    await expect(listTriageQueue(gp, parseQueueSearch({}))).rejects.toEqual(forbidden);
    expect(await referral(id)).toMatchObject({ status: "RECEIVED", assignedToId: null, version: 0 });
  });
});

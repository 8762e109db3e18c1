import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SessionUser } from "@/lib/auth/session-user";
import { seedDemoData } from "@/lib/demo/seed";
import { escalateOverdue } from "@/lib/escalation/escalate-overdue";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { recordReferralCreated } from "@/lib/referrals/record-referral-created";
import { transitionReferral } from "@/lib/referrals/transition-referral";
import { createTestDatabase, dropTestDatabase } from "../support/test-database";

// The clocks and the escalation job on a database of their own, so the fake clock can run weeks ahead without
// touching the referrals of other test files: seeded on Monday 2 March 2026, then the job run at chosen instants, two
// workers at once.

const SEED_DAY = new Date("2026-03-02T09:00:00Z");
const PORTAL = "https://henvisning.test";
let database: { name: string; url: string };
let db: PrismaClient;
let gp: SessionUser;
let lungStaff: SessionUser;
let lungOrganisationId: string;

const user = (id: string, role: SessionUser["role"], organisationId: string, unitId: string | null = null): SessionUser => ({
  id,
  name: id,
  role,
  organisationId,
  organisationName: organisationId,
  organisationType: role === "GP" ? "GP_PRACTICE" : "UNIT",
  unitId,
});

/** A referral received at `at`: at the lung unit for its COPD offer, or by central triage. */
async function receive(at: Date, to: "unit" | "triage") {
  const offer = await db.offer.findUniqueOrThrow({ where: { slug: "mere-luft-i-hverdagen-kol" }, select: { id: true, unitId: true } });
  const citizen = await db.citizen.create({ data: { cpr: `01016${String(Math.floor(Math.random() * 99999)).padStart(5, "0")}` } });
  return db.$transaction((tx) =>
    recordReferralCreated(tx, {
      referral: {
        idempotencyKey: crypto.randomUUID(),
        referrerOrganisationId: gp.organisationId,
        referrerUserId: gp.id,
        citizenId: citizen.id,
        citizenName: "Test Borger",
        citizenLanguage: "da",
        citizenNeedsInterpreter: false,
        route: to === "unit" ? "UNIT" : "TRIAGE",
        routingReasons: [],
        offerId: to === "unit" ? offer.id : null,
        destinationUnitId: to === "unit" ? offer.unitId : null,
        sentAt: at,
      },
      needSlugs: [],
      socialProfile: null,
      actor: gp,
      at,
      toUnitId: to === "unit" ? offer.unitId : null,
    }),
  );
}

/** Two workers running the job at the same instant. */
async function twoWorkers(now: string) {
  const [first, second] = await Promise.all([escalateOverdue(db, new Date(now), PORTAL), escalateOverdue(db, new Date(now), PORTAL)]);
  return { reminded: first.reminded + second.reminded, escalated: first.escalated + second.escalated };
}

const overdueEvents = (referralId: string) =>
  db.referralEvent.findMany({ where: { referralId, type: "OVERDUE" }, orderBy: { createdAt: "asc" }, select: { details: true, createdAt: true } });
const outboxTo = (organisationId: string, dedupePrefix: string) => db.outboxMessage.findMany({ where: { organisationId, dedupeKey: { startsWith: dedupePrefix } } });

beforeAll(async () => {
  database = await createTestDatabase("portal_clock");
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  await seedDemoData(db, SEED_DAY);
  const lung = await db.unit.findUniqueOrThrow({ where: { slug: "center-for-lungesygdomme" }, select: { id: true, organisationId: true } });
  lungOrganisationId = lung.organisationId!;
  gp = user("demo-user-gp", "GP", "demo-org-practice-noerrebro");
  lungStaff = user("demo-user-unit-lung", "UNIT_STAFF", lungOrganisationId, lung.id);
});

afterAll(async () => {
  await db?.$disconnect();
  if (database) await dropTestDatabase(database.name);
});

describe("the demo data", () => {
  it("holds an overdue referral in each step, marked when it was seeded and without a single e-mail", async () => {
    const demo = await db.referral.findMany({
      where: { idempotencyKey: { in: ["demo-referral-5", "demo-referral-6", "demo-referral-7", "demo-referral-8"] } },
      orderBy: { idempotencyKey: "asc" },
      select: { clockStep: true, dueAt: true, escalation: true },
    });
    expect(demo.map((referral) => referral.clockStep)).toEqual(["TRIAGE_DECISION", "UNIT_OPEN", "FIRST_CONTACT", "FIRST_MEETING"]);
    for (const referral of demo) {
      expect(referral.dueAt!.getTime()).toBeLessThan(SEED_DAY.getTime());
      expect(referral.escalation).not.toBe("NONE");
    }
    expect(await db.outboxMessage.count({ where: { dedupeKey: { startsWith: "overdue:" } } })).toBe(0);
    expect(await db.notification.count({ where: { type: "OVERDUE" } })).toBe(0);
    // Started again on the same day: nothing is overdue that was not marked already.
    expect(await twoWorkers(SEED_DAY.toISOString())).toEqual({ reminded: 0, escalated: 0 });
  });
});

describe("a referral nobody touches", () => {
  it("gets exactly one reminder and one escalation per step, with two workers running, and the practice is told once", async () => {
    // Received Tuesday 3 March at 10:00: opened by the end of Wednesday, escalated at the end of Friday.
    const referral = await receive(new Date("2026-03-03T09:00:00Z"), "unit");
    const stored = await db.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(stored).toMatchObject({ clockStep: "UNIT_OPEN", dueAt: new Date("2026-03-04T23:00:00Z"), escalateAt: new Date("2026-03-06T23:00:00Z"), escalation: "NONE" });

    await twoWorkers("2026-03-04T22:59:00Z");
    expect(await overdueEvents(referral.id)).toEqual([]);

    await twoWorkers("2026-03-05T07:00:00Z");
    await twoWorkers("2026-03-05T08:00:00Z");
    const reminded = await overdueEvents(referral.id);
    expect(reminded.map((event) => event.details)).toEqual([{ kind: "OVERDUE", step: "UNIT_OPEN", level: "REMINDED", dueAt: "2026-03-04T23:00:00.000Z" }]);
    const notices = await db.notification.findMany({ where: { referralId: referral.id, type: "OVERDUE" }, include: { message: true } });
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message!.text).toContain("rykket");
    // One reminder to the unit that day, however often the job ran.
    expect(await outboxTo(lungOrganisationId, `overdue:REMINDED:${lungOrganisationId}:2026-03-05`)).toHaveLength(1);

    await twoWorkers("2026-03-06T22:00:00Z");
    expect((await overdueEvents(referral.id)).length).toBe(1);
    await twoWorkers("2026-03-07T07:00:00Z");
    await twoWorkers("2026-03-07T08:00:00Z");
    const events = await overdueEvents(referral.id);
    expect(events.map((event) => (event.details as { level: string }).level)).toEqual(["REMINDED", "ESCALATED"]);
    // Escalated to central triage, once; the practice was told at the reminder only.
    expect(await outboxTo("demo-org-triage", "overdue:ESCALATED:demo-org-triage:2026-03-07")).toHaveLength(1);
    expect(await db.notification.count({ where: { referralId: referral.id, type: "OVERDUE" } })).toBe(1);
    expect((await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).escalation).toBe("ESCALATED");
  });

  it("starts the next step's clock when the unit acts, and reminds again only when that step is late", async () => {
    const referral = await receive(new Date("2026-03-09T09:00:00Z"), "unit");
    await twoWorkers("2026-03-11T07:00:00Z");
    expect((await overdueEvents(referral.id)).length).toBe(1);
    // Opened late: the first contact attempt is owed by the end of Thursday 12 March (3 working days from the receipt).
    await db.$transaction((tx) => transitionReferral(tx, { referralId: referral.id, event: "SEEN", actor: lungStaff }));
    expect(await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).toMatchObject({
      clockStep: "FIRST_CONTACT",
      clockStartedAt: new Date("2026-03-09T09:00:00Z"),
      dueAt: new Date("2026-03-12T23:00:00Z"),
      escalation: "NONE",
    });
    await twoWorkers("2026-03-12T12:00:00Z");
    expect((await overdueEvents(referral.id)).length).toBe(1);
    await twoWorkers("2026-03-13T07:00:00Z");
    expect((await overdueEvents(referral.id)).map((event) => (event.details as { step: string }).step)).toEqual(["UNIT_OPEN", "FIRST_CONTACT"]);
    // A first attempt: the first meeting is owed within the offer's wait (4 weeks) plus 2 weeks of the receipt.
    await db.$transaction((tx) => transitionReferral(tx, { referralId: referral.id, event: "CONTACT_ATTEMPT", actor: lungStaff, details: { kind: "CONTACT", channel: "PHONE", outcome: "NO_ANSWER" } }));
    expect(await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).toMatchObject({ clockStep: "FIRST_MEETING", dueAt: new Date("2026-04-20T22:00:00Z") });
  });

  it("counts Easter out before it reminds", async () => {
    // Wednesday 1 April: Skærtorsdag, Langfredag, the weekend and 2. påskedag pass before the unit is late.
    const referral = await receive(new Date("2026-04-01T08:00:00Z"), "unit");
    await twoWorkers("2026-04-07T12:00:00Z");
    expect(await overdueEvents(referral.id)).toEqual([]);
    await twoWorkers("2026-04-08T06:00:00Z");
    expect((await overdueEvents(referral.id)).length).toBe(1);
  });

  it("counts Christmas out for central triage, and escalates its late decision to the managers", async () => {
    const referral = await receive(new Date("2026-12-23T09:00:00Z"), "triage");
    expect(await db.referral.findUniqueOrThrow({ where: { id: referral.id } })).toMatchObject({ clockStep: "TRIAGE_DECISION", dueAt: new Date("2026-12-28T23:00:00Z") });
    await twoWorkers("2026-12-28T12:00:00Z");
    expect(await overdueEvents(referral.id)).toEqual([]);
    await twoWorkers("2026-12-29T07:00:00Z");
    expect(await outboxTo("demo-org-triage", "overdue:REMINDED:demo-org-triage:2026-12-29")).toHaveLength(1);
    await twoWorkers("2026-12-31T07:00:00Z");
    expect((await overdueEvents(referral.id)).map((event) => (event.details as { level: string }).level)).toEqual(["REMINDED", "ESCALATED"]);
    expect(await outboxTo("demo-org-municipality", "overdue:ESCALATED:demo-org-municipality:2026-12-31")).toHaveLength(1);
  });
});

describe("a restart days later", () => {
  it("sends the staff one e-mail per organisation and level, not one per referral", async () => {
    // Five referrals received on Monday 4 January 2027 while the server was down until Friday 15 January.
    const referrals = await Promise.all([1, 2, 3, 4, 5].map(() => receive(new Date("2027-01-04T09:00:00Z"), "unit")));
    await seedDemoData(db, new Date("2027-01-15T09:00:00Z"));
    const before = new Date();
    const run = await twoWorkers("2027-01-15T09:00:00Z");
    expect(run).toEqual({ reminded: 5, escalated: 5 });
    const staff = await db.outboxMessage.findMany({ where: { createdAt: { gte: before }, dedupeKey: { startsWith: "overdue:" } }, select: { dedupeKey: true } });
    expect(staff.map((mail) => mail.dedupeKey).sort()).toEqual([`overdue:ESCALATED:demo-org-triage:2027-01-15`, `overdue:REMINDED:${lungOrganisationId}:2027-01-15`]);
    // The practice is told of each of its referrals, as its e-mail setting says (immediate here).
    expect(await db.notification.count({ where: { referralId: { in: referrals.map((referral) => referral.id) }, type: "OVERDUE" } })).toBe(5);
  });
});

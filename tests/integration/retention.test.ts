import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { parseCpr } from "@/lib/citizens/cpr";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { createReferral } from "@/lib/referrals/create-referral";
import { declineReferral } from "@/lib/referrals/decline-referral";
import { PSEUDONYMISED_NAME, shownCitizen } from "@/lib/retention/pseudonym";
import { pseudonymiseClosedReferrals, type RetentionOptions } from "@/lib/retention/pseudonymise";
import { acceptReferral } from "@/lib/unit-inbox/accept-referral";
import { bookFirstMeeting } from "@/lib/unit-inbox/book-first-meeting";
import { openUnitReferral } from "@/lib/unit-inbox/open-unit-referral";
import { logContactAttempt } from "@/lib/unit-inbox/log-contact-attempt";
import { closeReferral } from "@/lib/unit-inbox/close-referral";
import { demoSession, referralForm, uniqueCpr } from "../support/factories";

// Retention on real PostgreSQL: referrals closed longer ago than the retention period lose the citizen's name and
// contact details given on them and their free text (the citizen's CPR number once no referral keeps it); the status events, the social profile and the audit log stay. Time is injected: a referral is made
// old by moving its closedAt back, never by waiting. Other specs share the database, but none closes a referral in
// the past, so only this spec's referrals are ever due.

const DAY = 24 * 60 * 60 * 1000;
const RETENTION: RetentionOptions = { retentionDays: 730, batchSize: 1 };

let nurse: SessionUser;
let lungStaff: SessionUser;

/** A referral to the lung unit with every free-text field filled in. */
async function send(cpr: string) {
  const result = await createReferral(
    nurse,
    referralForm({
      cpr,
      citizenName: "Birthe Retention",
      phone: "20 30 40 50",
      bestTimeToCall: "Efter kl. 16",
      preferredChannel: "PHONE",
      district: "VALBY",
      offerSlug: "mere-luft-i-hverdagen-kol",
      diagnoses: "KOL\nType 2-diabetes",
      needsText: "Bliver forpustet på trapper og er bange for at gå ud.",
      socialSituation: "Bor alene efter at være blevet enke.",
      barriers: ["OTHER"],
      barrierNote: "Passer sin mand om formiddagen.",
      screening: JSON.stringify({ smoking: "DAILY", loneliness_1: "OFTEN", loneliness_2: "OFTEN", loneliness_3: "SOME" }),
      unitInformation: "Ryger 10 cigaretter om dagen.",
      messageToReceiver: "Ring gerne efter kl. 16.",
      duplicateReason: "Sendt igen efter aftale med borgeren.",
    }),
  );
  if (result.kind !== "sent") throw new Error("expected the referral to be sent");
  return result.referralId;
}

/** The citizen's no thank you before the start, with the reason and the closing note in words. */
const declineBeforeStart = (referralId: string, words: string) =>
  closeReferral(lungStaff, { referralId, outcome: "DECLINED_BEFORE_START", reason: "OTHER", reasonText: words, note: `Borgeren sagde nej tak: ${words}`, nextStep: "NOTHING_NEEDED" });

/** Closed by the citizen's no thank you, then made `days` old. */
async function closeDaysAgo(referralId: string, days: number) {
  await declineBeforeStart(referralId, "Vil hellere træne i sin lokale forening.");
  await age(referralId, days);
}

async function age(referralId: string, days: number) {
  await db.referral.update({ where: { id: referralId }, data: { closedAt: new Date(Date.now() - days * DAY) } });
}

async function snapshot(referralId: string) {
  const referral = await db.referral.findUniqueOrThrow({
    where: { id: referralId },
    include: {
      citizen: true,
      socialProfile: true,
      needs: { select: { slug: true } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      contactAttempts: { orderBy: { id: "asc" } },
    },
  });
  const audit = await db.auditLog.findMany({ where: { citizenId: referral.citizenId }, orderBy: { id: "asc" } });
  return { ...referral, audit };
}

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/** What pseudonymisation must never change: everything but the free text and the identity (language and interpreter need stay). */
function kept(before: Snapshot) {
  const {
    citizen,
    events,
    contactAttempts,
    updatedAt: _updated,
    pseudonymisedAt: _at,
    needsText: _1,
    socialSituation: _2,
    barrierNote: _13,
    screening: _14,
    messageToReceiver: _3,
    unitInformation: _4,
    duplicateReason: _5,
    firstMeetingPlace: _6,
    diagnoses: _7,
    citizenName: _8,
    citizenPhone: _9,
    citizenBestTimeToCall: _10,
    citizenPreferredChannel: _11,
    citizenDistrict: _12,
    ...rest
  } = before;
  return {
    ...rest,
    citizenId: citizen.id,
    events: events.map(({ note: _note, alternativeText: _text, ...event }) => event),
    contactAttempts: contactAttempts.map(({ note: _note, ...attempt }) => attempt),
  };
}

let db: Awaited<ReturnType<typeof getDb>>;
const run = (now = new Date()) => pseudonymiseClosedReferrals(db, now, RETENTION);
/** The CPR number as the citizen table stores it. */
const digits = (cpr: string) => cpr.replace("-", "");

beforeAll(async () => {
  db = await getDb();
  await seedDemoData(db);
  nurse = await demoSession("demo-user-nurse");
  lungStaff = await demoSession("demo-user-unit-lung");
});

describe("pseudonymising closed referrals", () => {
  it("clears the identity and every free text of a referral closed 731 days ago, and keeps events, profile and audit log", async () => {
    const cpr = uniqueCpr();
    // The whole course, so every free text is there: opened (audit-logged), accepted, a call, a meeting, then a no.
    const old = await send(cpr);
    await openUnitReferral(lungStaff, old);
    await acceptReferral(lungStaff, { referralId: old });
    await logContactAttempt(lungStaff, { referralId: old, channel: "PHONE", outcome: "REACHED", note: "Talte med datteren, borgeren har KOL-angst." });
    await bookFirstMeeting(lungStaff, { referralId: old, at: new Date(Date.now() + 7 * DAY), place: "Borgerens hjem, Valby Langgade 1" });
    await closeDaysAgo(old, 731);
    // A second one for the same citizen, declined with the unit's words and advice.
    const declined = await send(cpr);
    await declineReferral(lungStaff, { referralId: declined, reasonCode: "OTHER", reasonText: "Har psykiatrisk diagnose.", alternativeText: "Henvis til Center for Mental Sundhed." });
    await age(declined, 800);
    // Recently closed (one day inside the period) and open referrals of other citizens are not touched.
    const recent = await send(uniqueCpr());
    await closeDaysAgo(recent, 729);
    const open = await send(uniqueCpr());

    const before = { old: await snapshot(old), declined: await snapshot(declined), recent: await snapshot(recent), open: await snapshot(open) };
    expect(before.old.events.some((event) => event.note)).toBe(true);
    expect(before.declined.events.at(-1)).toMatchObject({ note: "Har psykiatrisk diagnose.", alternativeText: "Henvis til Center for Mental Sundhed." });
    expect(before.old.audit.length).toBeGreaterThanOrEqual(4);
    // The barriers and the health conversation went with the referral; the barriers stay (structured), the words go.
    expect(before.old).toMatchObject({ barriers: ["OTHER"], barrierNote: "Passer sin mand om formiddagen." });
    expect(before.old.screening).toMatchObject({ answers: { smoking: "DAILY" }, result: { loneliness: { score: 8, lonely: true }, needSlugs: ["ensomhed", "vil-stoppe-med-at-ryge"] } });

    const now = new Date();
    expect(await run(now)).toEqual({ referrals: 2, citizens: 1 });

    for (const id of [old, declined]) {
      const after = await snapshot(id);
      expect(after).toMatchObject({
        pseudonymisedAt: now,
        needsText: null,
        socialSituation: null,
        barrierNote: null,
        screening: null,
        messageToReceiver: null,
        unitInformation: null,
        duplicateReason: null,
        firstMeetingPlace: null,
        diagnoses: [],
        citizenName: PSEUDONYMISED_NAME,
        citizenPhone: null,
        citizenBestTimeToCall: null,
        citizenPreferredChannel: null,
        citizenDistrict: null,
      });
      expect(after.events.map((event) => [event.note, event.alternativeText])).toEqual(after.events.map(() => [null, null]));
      expect(after.contactAttempts.map((attempt) => attempt.note)).toEqual(after.contactAttempts.map(() => null));
      // Status events (types, times, actors, reason codes), the social profile, the audit log: exactly as before.
      expect(kept(after)).toEqual(kept(id === old ? before.old : before.declined));
      expect(after.citizen).toMatchObject({ pseudonymisedAt: now });
      expect(after.citizen.cpr).toMatch(/^PSEUDO-/);
      expect(parseCpr(after.citizen.cpr).ok).toBe(false);
    }
    const after = await snapshot(old);
    expect(after.status).toBe("CITIZEN_DECLINED");
    expect(after.firstMeetingAt).toEqual(before.old.firstMeetingAt);
    expect(after.socialProfile).toEqual(before.old.socialProfile);
    expect(after.socialProfile).toMatchObject({ district: "VALBY", referrerType: "GP_PRACTICE" });
    expect(after.contactAttempts).toHaveLength(1);
    expect(after.audit).toEqual(before.old.audit);
    // The real CPR number is gone from the citizen table; the audit rows still point at the (pseudonymised) citizen.
    expect(await db.citizen.count({ where: { cpr: digits(cpr) } })).toBe(0);
    expect(after.audit.every((row) => row.citizenId === after.citizen.id)).toBe(true);

    expect(await snapshot(recent)).toEqual(before.recent);
    expect(await snapshot(open)).toEqual(before.open);

    // What the job did is in the audit log too, without anything that identifies the citizen.
    const logged = await db.auditLog.findMany({ where: { action: "retention.pseudonymise" }, select: { details: true, citizenId: true, userId: true } });
    const loggedIds = logged.flatMap((row) => (row.details as { referralIds: string[] }).referralIds);
    expect(loggedIds).toEqual(expect.arrayContaining([old, declined]));
    expect(logged.every((row) => row.citizenId === null && row.userId === null)).toBe(true);

    // Running again changes nothing more.
    const once = { old: await snapshot(old), declined: await snapshot(declined) };
    expect(await run(new Date(now.getTime() + 3_600_000))).toEqual({ referrals: 0, citizens: 0 });
    expect(await snapshot(old)).toEqual(once.old);
    expect(await snapshot(declined)).toEqual(once.declined);
  });

  it("clears the words of a reason kept from before typed details, and keeps the codes", async () => {
    const id = await send(uniqueCpr());
    await declineReferral(lungStaff, { referralId: id, reasonCode: "OTHER", reasonText: "Har psykiatrisk diagnose.", alternativeText: "Henvis til Center for Mental Sundhed." });
    await age(id, 800);
    // A reason in words, as the migration to typed details kept one (prisma/migrations/…_typed_event_details).
    await db.referralEvent.updateMany({ where: { referralId: id, type: "SENT" }, data: { details: { kind: "TEXT", text: "Borgeren har KOL-angst." } } });

    await run();
    const events = (await snapshot(id)).events;
    expect(events.find((event) => event.type === "SENT")?.details).toBeNull();
    expect(events.find((event) => event.type === "DECLINED")?.details).toEqual({ kind: "DECLINE", reason: "OTHER" });
  });

  it("keeps the citizen's identity while one of their referrals is open, and pseudonymises it when that one is done too", async () => {
    const cpr = uniqueCpr();
    const old = await send(cpr);
    await closeDaysAgo(old, 731);
    const open = await send(cpr);

    expect(await run()).toEqual({ referrals: 1, citizens: 0 });
    const first = await snapshot(old);
    // The closed one loses its own name and phone at once; the open one keeps them, and so the citizen their CPR number.
    expect(first).toMatchObject({ needsText: null, diagnoses: [], citizenName: PSEUDONYMISED_NAME, citizenPhone: null, citizenBestTimeToCall: null, citizenDistrict: null });
    expect(first.pseudonymisedAt).not.toBeNull();
    expect(first.citizen).toMatchObject({ cpr: digits(cpr), pseudonymisedAt: null });
    expect(await snapshot(open)).toMatchObject({
      pseudonymisedAt: null,
      needsText: "Bliver forpustet på trapper og er bange for at gå ud.",
      citizenName: "Birthe Retention",
      citizenPhone: "20304050",
      citizenBestTimeToCall: "Efter kl. 16",
      citizenDistrict: "VALBY",
    });
    // What the unit's page shows of the closed one: neither the name nor the CPR number.
    expect(shownCitizen(first, "full", "Pseudonymiseret")).toEqual({ pseudonymised: true, name: "Pseudonymiseret", cpr: "Pseudonymiseret" });

    // Closed now: still within the period, so still nothing for the citizen.
    await declineBeforeStart(open, "Flytter til Aarhus.");
    expect(await run()).toEqual({ referrals: 0, citizens: 0 });
    expect((await snapshot(open)).citizen.pseudonymisedAt).toBeNull();

    await age(open, 731);
    expect(await run()).toEqual({ referrals: 1, citizens: 1 });
    const done = await snapshot(open);
    expect(done).toMatchObject({ citizenName: PSEUDONYMISED_NAME, citizenPhone: null });
    expect(done.citizen).toMatchObject({ pseudonymisedAt: expect.any(Date) });
    expect(done.citizen.cpr).toMatch(/^PSEUDO-/);
    expect(done.audit).toEqual(first.audit.concat(done.audit.slice(first.audit.length)));

    // The same person referred again later is a new citizen row with the real CPR number.
    const again = await send(cpr);
    const fresh = await snapshot(again);
    expect(fresh.citizen.id).not.toBe(done.citizen.id);
    expect(fresh.citizen).toMatchObject({ cpr: digits(cpr), pseudonymisedAt: null });
    expect(fresh.citizenName).toBe("Birthe Retention");
  });

  it("two workers at once pseudonymise each referral once, and each citizen once", async () => {
    const [first, second] = [uniqueCpr(), uniqueCpr()];
    const ids: string[] = [];
    for (const cpr of [first, first, first, second, second]) {
      const id = await send(cpr);
      await closeDaysAgo(id, 731 + ids.length);
      ids.push(id);
    }
    const runs = await Promise.all([
      pseudonymiseClosedReferrals(db, new Date(), { retentionDays: 730, batchSize: 2 }),
      pseudonymiseClosedReferrals(db, new Date(), { retentionDays: 730, batchSize: 2 }),
    ]);
    expect(runs.reduce((sum, one) => sum + one.referrals, 0)).toBe(5);
    expect(runs.reduce((sum, one) => sum + one.citizens, 0)).toBe(2);
    const after = await Promise.all(ids.map(snapshot));
    expect(after.every((referral) => referral.pseudonymisedAt && referral.needsText === null && referral.citizen.cpr.startsWith("PSEUDO-"))).toBe(true);
    expect(new Set(after.map((referral) => referral.citizen.cpr)).size).toBe(2);
    const logged = await db.auditLog.findMany({ where: { action: "retention.pseudonymise" }, select: { details: true } });
    const loggedIds = logged.flatMap((row) => (row.details as { referralIds: string[] }).referralIds).filter((id) => ids.includes(id));
    expect(loggedIds.sort()).toEqual([...ids].sort());
    expect(await run()).toEqual({ referrals: 0, citizens: 0 });
  });
});

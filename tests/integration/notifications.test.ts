import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { formatCpr } from "@/lib/citizens/cpr";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { collectDigests } from "@/lib/notifications/digest";
import { listFailedEmails, resendFailedEmails } from "@/lib/notifications/failed-emails";
import { createReferral } from "@/lib/referrals/create-referral";
import { forwardReferral } from "@/lib/referrals/forward-referral";
import { claimTriageCase } from "@/lib/triage/claim-triage-case";
import { acceptReferral } from "@/lib/unit-inbox/accept-referral";
import { bookFirstMeeting } from "@/lib/unit-inbox/book-first-meeting";
import { openUnitReferral } from "@/lib/unit-inbox/open-unit-referral";
import { logContactAttempt } from "@/lib/unit-inbox/log-contact-attempt";
import { demoSession, referralForm } from "../support/factories";

// What the sending organisation is told, written with the status event on real PostgreSQL: one e-mail per change it
// should know about (immediate), or one digest a day — never with the CPR number, the name or the unit.

const PORTAL = "https://henvisning.test";
let nurse: SessionUser;
let lungStaff: SessionUser;

async function send(user: SessionUser, overrides: Parameters<typeof referralForm>[0] = {}) {
  const form = referralForm({ offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL", ...overrides });
  const result = await createReferral(user, form);
  if (result.kind !== "sent") throw new Error("expected the referral to be sent");
  return { id: result.referralId, cpr: formatCpr(form.cpr.cpr), name: form.citizenName };
}

async function acceptAndBook(referralId: string) {
  const seen = (await openUnitReferral(lungStaff, referralId))!;
  await acceptReferral(lungStaff, { referralId, expectedVersion: seen.version });
  await bookFirstMeeting(lungStaff, { referralId, at: new Date(Date.now() + 7 * 86_400_000), place: "Mødelokale 2" });
}

/** The instant it is `hour`:00 in Copenhagen, `days` after today. */
function copenhagen(days: number, hour: number): Date {
  const today = new Date();
  for (const offset of [1, 2]) {
    const candidate = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days, hour - offset));
    const local = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", hour: "2-digit", hourCycle: "h23" }).format(candidate);
    if (Number(local) === hour) return candidate;
  }
  throw new Error("no such hour");
}

/** A practice of its own with a GP, so the digest tests do not change the demo practices other specs use. */
async function practiceWithDigest(): Promise<SessionUser> {
  const db = await getDb();
  const suffix = crypto.randomUUID().slice(0, 8);
  const organisation = await db.organisation.create({
    data: { type: "GP_PRACTICE", name: `Digestpraksis ${suffix}`, email: `digest-${suffix}@praksis.test`, notificationMode: "DAILY_DIGEST" },
  });
  const gp = await db.user.create({ data: { email: `gp-${suffix}@praksis.test`, name: "Læge Digest", role: "GP", organisationId: organisation.id } });
  return { id: gp.id, name: gp.name, role: "GP", organisationId: organisation.id, organisationName: organisation.name, organisationType: "GP_PRACTICE", unitId: null };
}

async function messagesOf(organisationId: string) {
  const db = await getDb();
  return db.outboxMessage.findMany({ where: { organisationId }, orderBy: { createdAt: "asc" }, include: { notifications: { select: { type: true } } } });
}

beforeAll(async () => {
  await seedDemoData(await getDb());
  nurse = await demoSession("demo-user-nurse");
  lungStaff = await demoSession("demo-user-unit-lung");
});

describe("immediate e-mail", () => {
  it("queues one e-mail per change the practice should know about, in the event's transaction, without personal or health data", async () => {
    const db = await getDb();
    const referral = await send(nurse);
    await acceptAndBook(referral.id);
    await logContactAttempt(lungStaff, { referralId: referral.id, channel: "PHONE", outcome: "NO_ANSWER" });

    const notifications = await db.notification.findMany({ where: { referralId: referral.id }, orderBy: { createdAt: "asc" }, include: { message: true } });
    expect(notifications.map((n) => n.type)).toEqual(["RECEIVED", "ACCEPTED", "FIRST_MEETING_BOOKED"]);
    const { number } = await db.referral.findUniqueOrThrow({ where: { id: referral.id } });
    for (const { message } of notifications) {
      expect(message).toMatchObject({ status: "PENDING", recipient: "praksis@noerrebrogade.example", organisationId: nurse.organisationId });
      expect(message!.subject).toContain(`Henvisning nr. ${number}`);
      expect(message!.text).toContain(`/henvisninger/${referral.id}`);
      const mail = `${message!.subject}\n${message!.text}`;
      for (const secret of [referral.cpr, referral.cpr.replace("-", ""), referral.name, "KOL", "Lungesygdomme", "Mødelokale"]) expect(mail).not.toContain(secret);
    }
  });

  it("tells the practice of a referral central triage splits off for a second unit, like any other referral", async () => {
    const db = await getDb();
    const coordinator = await demoSession("demo-user-triage");
    const result = await createReferral(nurse, referralForm({ offerSlug: undefined }));
    if (result.kind !== "sent") throw new Error("expected the referral to be sent");
    await claimTriageCase(coordinator, { referralId: result.referralId });
    const offers = await db.offer.findMany({ where: { slug: { in: ["faa-styr-paa-stress", "traening-for-ondt-i-ryggen"] } }, orderBy: { slug: "asc" }, select: { id: true } });
    const { splitReferrals } = await forwardReferral(coordinator, { referralId: result.referralId, to: { offerIds: offers.map((offer) => offer.id) } });
    const split = await db.referral.findUniqueOrThrow({ where: { id: splitReferrals[0]!.id }, include: { notifications: { include: { message: true } } } });

    // The "Ny ændring" mark on the practice's list, and the e-mail of its receipt.
    expect(split.practiceChangedAt).not.toBeNull();
    expect(split.notifications.map((n) => [n.type, n.organisationId])).toEqual([["RECEIVED", nurse.organisationId]]);
    expect(split.notifications[0]!.message).toMatchObject({ status: "PENDING", recipient: "praksis@noerrebrogade.example" });
    expect(split.notifications[0]!.message!.subject).toContain(`Henvisning nr. ${split.number}`);
  });

  it("makes one notification for a referral sent twice (double click)", async () => {
    const db = await getDb();
    const form = referralForm({ offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL" });
    const [first, second] = await Promise.all([createReferral(nurse, form), createReferral(nurse, form)]);
    const id = first.kind === "sent" ? first.referralId : second.kind === "sent" ? second.referralId : "";
    expect(await db.notification.count({ where: { referralId: id } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { notifications: { some: { referralId: id } } } })).toBe(1);
  });
});

describe("daily digest", () => {
  it("collects the day's changes into one e-mail from 7 o'clock, once per day", async () => {
    const gp = await practiceWithDigest();
    const first = await send(gp);
    const second = await send(gp);
    await acceptAndBook(first.id);
    expect(await messagesOf(gp.organisationId)).toEqual([]);

    await collectDigests(await getDb(), PORTAL, copenhagen(1, 6));
    expect(await messagesOf(gp.organisationId)).toEqual([]);

    await collectDigests(await getDb(), PORTAL, copenhagen(1, 7));
    const [digest, ...more] = await messagesOf(gp.organisationId);
    expect(more).toEqual([]);
    expect(digest!.subject).toBe("Nyt om 2 henvisninger");
    expect(digest!.notifications.map((n) => n.type).sort()).toEqual(["ACCEPTED", "FIRST_MEETING_BOOKED", "RECEIVED", "RECEIVED"]);
    expect(digest!.text).toContain(`${PORTAL}/henvisninger/${second.id}`);

    // A change after today's digest waits for tomorrow's, even if the worker runs again today.
    const third = await send(gp);
    await collectDigests(await getDb(), PORTAL, copenhagen(1, 12));
    expect(await messagesOf(gp.organisationId)).toHaveLength(1);
    await collectDigests(await getDb(), PORTAL, copenhagen(2, 7));
    const messages = await messagesOf(gp.organisationId);
    expect(messages).toHaveLength(2);
    expect(messages[1]!.text).toContain(`/henvisninger/${third.id}`);
  });

  it("sends what waited at once when the practice switches to immediate e-mail", async () => {
    const gp = await practiceWithDigest();
    await send(gp);
    const db = await getDb();
    await db.organisation.update({ where: { id: gp.organisationId }, data: { notificationMode: "IMMEDIATE" } });
    await collectDigests(db, PORTAL, copenhagen(1, 3));
    const messages = await messagesOf(gp.organisationId);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.subject).toBe("Nyt om 1 henvisning");
  });
});

describe("e-mails that failed for good", () => {
  it("are listed for their organisation with what to fix, and sent again to the corrected address", async () => {
    const db = await getDb();
    const practice = await practiceWithDigest();
    const failed = (error: string) =>
      db.outboxMessage.create({
        data: { dedupeKey: `test:${crypto.randomUUID()}`, organisationId: practice.organisationId, recipient: "forkert@praksis.test", subject: "Henvisning nr. 1: modtaget", text: "Der er nyt.", status: "FAILED", attempts: 1, lastError: error },
      });
    await failed("550 5.1.1 <forkert@praksis.test>: Recipient address rejected: User unknown");
    await failed("552 5.2.2 Mailbox full");
    const listed = await listFailedEmails({ organisationId: practice.organisationId });
    expect(listed.total).toBe(2);
    expect(listed.rows.map((row) => row.kind).sort()).toEqual(["ADDRESS", "MAILBOX_FULL"]);
    // Another organisation's are not among them; the administrator's list has both organisations'.
    expect((await listFailedEmails({ organisationId: nurse.organisationId })).rows.every((row) => row.organisationName !== practice.organisationName)).toBe(true);
    expect((await listFailedEmails("all")).total).toBeGreaterThanOrEqual(2);

    await db.organisation.update({ where: { id: practice.organisationId }, data: { email: "rigtig@praksis.test" } });
    expect(await resendFailedEmails(practice)).toEqual({ resent: 2 });
    const again = await db.outboxMessage.findMany({ where: { organisationId: practice.organisationId } });
    expect(again.map((message) => [message.status, message.recipient, message.attempts, message.lastError])).toEqual([
      ["PENDING", "rigtig@praksis.test", 0, null],
      ["PENDING", "rigtig@praksis.test", 0, null],
    ]);
    expect((await listFailedEmails({ organisationId: practice.organisationId })).total).toBe(0);
    expect(await db.auditLog.count({ where: { action: "notification.resend", entityId: practice.organisationId } })).toBe(1);
  });
});

import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { inDanish } from "@/tests/support/translate";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { listOutboxMessages } from "@/lib/notifications/list-outbox";
import { getNotificationSettings, updateNotificationSettings } from "@/lib/notifications/settings";
import { notificationSettingsSchema } from "@/lib/notifications/schemas";
import { findSessionUserByEmail } from "@/lib/session/users";

// "Besked om nyt" and the test outbox, on practices of their own: no other spec reads or changes their settings or
// mail, so the assertions hold while other files run against the same database.

/** A new GP practice with one user of the given role, signed in. */
async function practiceWithUser(name: string, role: Role = "GP"): Promise<SessionUser> {
  const db = await getDb();
  const suffix = randomUUID().slice(0, 8);
  const organisation = await db.organisation.create({ data: { type: "GP_PRACTICE", name: `${name} ${suffix}`, email: `praksis-${suffix}@test.example` } });
  const email = `laege-${suffix}@test.example`;
  await db.user.create({ data: { email, name: `Læge ${suffix}`, role, organisationId: organisation.id } });
  const user = await findSessionUserByEmail(email);
  if (!user) throw new Error("the new user must sign in");
  return user;
}

async function queueEmail(organisationId: string, subject: string, createdAt: Date, deliveredVia?: "SMTP" | "DEV_OUTBOX") {
  const db = await getDb();
  return db.outboxMessage.create({
    data: {
      dedupeKey: `test:${randomUUID()}`,
      organisationId,
      recipient: "praksis@test.example",
      subject,
      text: "Der er nyt om henvisning nr. 1.",
      createdAt,
      ...(deliveredVia ? { status: "SENT", attempts: 1, sentAt: createdAt, deliveredVia } : {}),
    },
  });
}

describe("notification settings of a sending organisation", () => {
  let gp: SessionUser;
  let otherPractice: SessionUser;

  beforeAll(async () => {
    gp = await practiceWithUser("Lægehuset Test");
    otherPractice = await practiceWithUser("Lægerne Andetsteds");
  });

  it("changes only the user's own organisation and audits what changed, from and to", async () => {
    const db = await getDb();
    const before = await getNotificationSettings(gp);
    const otherBefore = await getNotificationSettings(otherPractice);
    expect(before.notificationMode).toBe("IMMEDIATE");

    const input = notificationSettingsSchema.parse({ email: " Faelles@Laegehuset.test ", notificationMode: "DAILY_DIGEST" });
    expect(await updateNotificationSettings(gp, input)).toEqual({
      email: "Faelles@Laegehuset.test",
      notificationMode: "DAILY_DIGEST",
      changed: ["email", "notificationMode"],
    });

    expect(await getNotificationSettings(gp)).toEqual({ email: "Faelles@Laegehuset.test", notificationMode: "DAILY_DIGEST" });
    expect(await getNotificationSettings(otherPractice)).toEqual(otherBefore);

    const audit = await db.auditLog.findMany({ where: { action: "organisation.notification_settings", entityId: gp.organisationId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      userId: gp.id,
      organisationId: gp.organisationId,
      role: "GP",
      entityType: "Organisation",
      details: {
        changed: ["email", "notificationMode"],
        email: { from: before.email, to: "Faelles@Laegehuset.test" },
        notificationMode: { from: "IMMEDIATE", to: "DAILY_DIGEST" },
      },
    });
    expect(await db.auditLog.count({ where: { action: "organisation.notification_settings", entityId: otherPractice.organisationId } })).toBe(0);
  });

  it("switches back to immediate mail, and audits a save that changed nothing as such", async () => {
    const db = await getDb();
    const email = (await getNotificationSettings(gp)).email ?? "";
    expect((await updateNotificationSettings(gp, { email, notificationMode: "IMMEDIATE" })).changed).toEqual(["notificationMode"]);
    expect((await updateNotificationSettings(gp, { email, notificationMode: "IMMEDIATE" })).changed).toEqual([]);
    expect(await getNotificationSettings(gp)).toEqual({ email, notificationMode: "IMMEDIATE" });
    const details = (await db.auditLog.findMany({ where: { action: "organisation.notification_settings", entityId: gp.organisationId }, orderBy: { at: "asc" } })).map(
      (row) => row.details,
    );
    expect(details.slice(1)).toEqual([{ changed: ["notificationMode"], notificationMode: { from: "DAILY_DIGEST", to: "IMMEDIATE" } }, { changed: [] }]);
  });

  it("refuses an address that is not an e-mail address, in Danish at the field, and stores nothing", async () => {
    const before = await getNotificationSettings(otherPractice);
    const parsed = notificationSettingsSchema.safeParse({ email: "praksis@laegehuset", notificationMode: "DAILY_DIGEST" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), inDanish(issue)])).toEqual([["email", "Skriv en gyldig e-mailadresse, fx praksis@laegehuset.dk"]]);
    expect(await getNotificationSettings(otherPractice)).toEqual(before);
  });
});

describe("the test outbox", () => {
  let gp: SessionUser;
  let otherPractice: SessionUser;
  const admin: SessionUser = {
    id: "demo-user-admin",
    name: "Ole Mikkelsen",
    role: "ADMIN",
    organisationId: "demo-org-municipality",
    organisationName: "Sundheds- og Omsorgsforvaltningen (demo)",
    organisationType: "MUNICIPALITY",
    unitId: null,
  };

  let queued: Record<"older" | "newer" | "viaSmtp" | "others", string>;

  beforeAll(async () => {
    gp = await practiceWithUser("Lægehuset Udbakke");
    otherPractice = await practiceWithUser("Lægerne Nabo", "PRACTICE_STAFF");
    const start = Date.now();
    queued = {
      older: (await queueEmail(gp.organisationId, "Henvisning nr. 1: modtaget", new Date(start - 60_000), "DEV_OUTBOX")).id,
      newer: (await queueEmail(gp.organisationId, "Henvisning nr. 1: spørgsmål til jer", new Date(start))).id,
      viaSmtp: (await queueEmail(gp.organisationId, "Sendt med SMTP", new Date(start - 30_000), "SMTP")).id,
      others: (await queueEmail(otherPractice.organisationId, "Henvisning nr. 2: modtaget", new Date(start - 10_000), "DEV_OUTBOX")).id,
    };
  });

  it("shows a practice only its own e-mails, newest first, and not those sent through a mail server", async () => {
    const mine = await listOutboxMessages(gp);
    expect(mine.map((message) => message.id)).toEqual([queued.newer, queued.older]);
    expect(mine[0]).toMatchObject({ subject: "Henvisning nr. 1: spørgsmål til jer", status: "PENDING", attempts: 0, lastError: null });
    expect(mine[1]).toMatchObject({ status: "SENT", attempts: 1 });
    expect((await listOutboxMessages(otherPractice)).map((message) => message.id)).toEqual([queued.others]);
  });

  it("shows an administrator every organisation's e-mails", async () => {
    // Other specs queue mail in the same database at the same time: look beyond the page's 100 newest.
    const ids = (await listOutboxMessages(admin, 100_000)).map((message) => message.id);
    expect(ids).toEqual(expect.arrayContaining([queued.newer, queued.older, queued.others]));
    expect(ids).not.toContain(queued.viaSmtp);
  });
});

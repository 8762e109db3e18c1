import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { refusalInDanish } from "@/tests/support/translate";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { OrganisationType, Role } from "@/lib/generated/prisma/enums";
import { deleteOldSessions, SESSION_ROW_DAYS } from "@/lib/retention/delete-old-sessions";
import { endAllUserSessions, endUserSession, isUserSessionOpen, startUserSession } from "@/lib/session/user-sessions";
import { findDemoSessionUser, findSessionUserByEmail } from "@/lib/session/users";
import { createUser, endSessionsEverywhere, setUserActive, updateUser } from "@/lib/users/manage-users";
import { createUserSchema, updateUserSchema } from "@/lib/users/schemas";

// Sessions as rows and the administrator's changes to users, on real PostgreSQL: what ends a session, what refuses a
// sign-in, what the audit log keeps. Every test makes organisations and users of its own.

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

async function organisation(type: OrganisationType) {
  const db = await getDb();
  return db.organisation.create({ data: { type, name: `Test ${type} ${randomUUID().slice(0, 8)}` } });
}

/** A user in an organisation of its own, as signed in (the session user the cookie would carry). */
async function signedInUser(role: Role, type: OrganisationType, extra: { isDemo?: boolean } = {}): Promise<SessionUser> {
  const db = await getDb();
  const org = await organisation(type);
  const email = `bruger-${randomUUID()}@test.example`;
  await db.user.create({ data: { email, name: `Bruger ${email.slice(7, 13)}`, role, organisationId: org.id, ...extra } });
  const user = await findSessionUserByEmail(email);
  if (!user) throw new Error("the new user must sign in");
  return user;
}

async function auditRows(action: string, entityId: string) {
  const db = await getDb();
  return db.auditLog.findMany({ where: { action, entityId }, orderBy: { at: "asc" } });
}

async function sessionRow(id: string) {
  const db = await getDb();
  return db.userSession.findUnique({ where: { id } });
}

let admin: SessionUser;

beforeAll(async () => {
  admin = await signedInUser("ADMIN", "MUNICIPALITY");
});

describe("a session row", () => {
  it("is open from sign-in until it ends, and ending it again changes nothing", async () => {
    const db = await getDb();
    const gp = await signedInUser("GP", "GP_PRACTICE");
    const id = await startUserSession(db, gp.id);
    const other = await startUserSession(db, gp.id);
    expect(await isUserSessionOpen(db, id, gp)).toBe(true);

    expect(await endUserSession(db, id, "signed-out")).toBe(true);
    expect(await isUserSessionOpen(db, id, gp)).toBe(false);
    expect(await sessionRow(id)).toMatchObject({ endedReason: "signed-out", endedAt: expect.any(Date) });
    expect(await endUserSession(db, id, "deactivated")).toBe(false);
    expect((await sessionRow(id))?.endedReason).toBe("signed-out");
    // Signing out in one browser leaves the user's other sessions as they were.
    expect(await isUserSessionOpen(db, other, gp)).toBe(true);
  });

  it("is not open for a cookie whose user, role or organisation is not the user's any more", async () => {
    const db = await getDb();
    const gp = await signedInUser("GP", "GP_PRACTICE");
    const id = await startUserSession(db, gp.id);
    expect(await isUserSessionOpen(db, id, { ...gp, role: "PRACTICE_STAFF" })).toBe(false);
    expect(await isUserSessionOpen(db, id, { ...gp, organisationId: admin.organisationId })).toBe(false);
    expect(await isUserSessionOpen(db, id, { ...gp, id: admin.id })).toBe(false);
    expect(await isUserSessionOpen(db, "cm9z0000guessed0000000000", gp)).toBe(false);
  });

  it("ends with all the user's others, and counts those that could still be in use", async () => {
    const db = await getDb();
    const gp = await signedInUser("GP", "GP_PRACTICE");
    const ids = [await startUserSession(db, gp.id), await startUserSession(db, gp.id), await startUserSession(db, gp.id, new Date(Date.now() - 9 * HOUR))];
    expect(await endAllUserSessions(db, gp.id, "ended-everywhere")).toBe(2);
    for (const id of ids) expect(await isUserSessionOpen(db, id, gp)).toBe(false);
  });
});

describe("the administrator's changes to users", () => {
  it("adds a user who can sign in by e-mail in any case, audited; a taken e-mail or a role that does not fit is refused at the field", async () => {
    const practice = await organisation("GP_PRACTICE");
    const email = `Ny.Laege-${randomUUID()}@Praksis.Example`;
    const input = createUserSchema.parse({ name: " Ny Læge ", email: ` ${email} `, title: "", role: "GP", organisationId: practice.id });
    const { id } = await createUser(admin, input);

    const signedIn = await findSessionUserByEmail(email.toUpperCase());
    expect(signedIn).toMatchObject({ id, name: "Ny Læge", role: "GP", organisationId: practice.id });
    const [row] = await auditRows("user.create", id);
    expect(row).toMatchObject({ userId: admin.id, role: "ADMIN", entityType: "User", details: { after: { email: email.toLowerCase(), role: "GP", isActive: true, title: null } } });

    expect(await refusalInDanish(createUser(admin, { ...input, name: "En anden" }))).toMatchObject({ code: "CONFLICT", fieldErrors: { email: [expect.stringContaining("allerede en bruger")] } });
    const unitRole = { ...input, email: `x-${randomUUID()}@test.example`, role: "UNIT_STAFF" as const };
    const refused = await createUser(admin, unitRole).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(await refusalInDanish(Promise.reject(refused))).toMatchObject({ fieldErrors: { role: [expect.stringContaining("passer ikke til organisationen")] } });
  });

  it("a new role ends every session of the user at once and audits before and after; a new title ends none", async () => {
    const db = await getDb();
    const nurse = await signedInUser("PRACTICE_STAFF", "GP_PRACTICE");
    const sessions = [await startUserSession(db, nurse.id), await startUserSession(db, nurse.id)];
    const values = { userId: nurse.id, name: nurse.name, role: nurse.role, organisationId: nurse.organisationId };

    expect(await updateUser(admin, updateUserSchema.parse({ ...values, title: "Sygeplejerske" }))).toEqual({ endedSessions: 0 });
    for (const id of sessions) expect(await isUserSessionOpen(db, id, nurse)).toBe(true);

    expect(await updateUser(admin, updateUserSchema.parse({ ...values, title: "Læge", role: "GP" }))).toEqual({ endedSessions: 2 });
    for (const id of sessions) {
      expect(await isUserSessionOpen(db, id, nurse)).toBe(false);
      expect((await sessionRow(id))?.endedReason).toBe("role-changed");
    }
    const rows = await auditRows("user.update", nurse.id);
    expect(rows.map((row) => row.details)).toEqual([
      expect.objectContaining({ before: expect.objectContaining({ title: null }), after: expect.objectContaining({ title: "Sygeplejerske" }), endedSessions: 0 }),
      expect.objectContaining({ before: expect.objectContaining({ role: "PRACTICE_STAFF" }), after: expect.objectContaining({ role: "GP", title: "Læge" }), endedSessions: 2 }),
    ]);
    // The next sign-in carries the new role.
    expect((await findSessionUserByEmail((await db.user.findUniqueOrThrow({ where: { id: nurse.id } })).email))?.role).toBe("GP");
  });

  it("another organisation (and with it the unit) ends the user's sessions", async () => {
    const db = await getDb();
    const unitStaff = await signedInUser("UNIT_STAFF", "UNIT");
    const otherUnit = await organisation("UNIT");
    const session = await startUserSession(db, unitStaff.id);
    const input = updateUserSchema.parse({ userId: unitStaff.id, name: unitStaff.name, role: "UNIT_STAFF", organisationId: otherUnit.id });
    expect(await updateUser(admin, input)).toEqual({ endedSessions: 1 });
    expect((await sessionRow(session))?.endedReason).toBe("organisation-changed");
  });

  it("a deactivated user's sessions end, and neither demo sign-in nor OpenID Connect lets them in until reactivated", async () => {
    const db = await getDb();
    const gp = await signedInUser("GP", "GP_PRACTICE", { isDemo: true });
    const session = await startUserSession(db, gp.id);
    const { email } = await db.user.findUniqueOrThrow({ where: { id: gp.id } });

    expect(await setUserActive(admin, gp.id, false)).toEqual({ endedSessions: 1 });
    expect(await isUserSessionOpen(db, session, gp)).toBe(false);
    expect((await sessionRow(session))?.endedReason).toBe("deactivated");
    expect(await findSessionUserByEmail(email)).toBeNull();
    expect(await findDemoSessionUser(gp.id)).toBeNull();
    // A session started anyway (a sign-in crossing the deactivation) is not open either: its user is not active.
    expect(await isUserSessionOpen(db, await startUserSession(db, gp.id), gp)).toBe(false);
    expect(await auditRows("user.deactivate", gp.id)).toMatchObject([{ userId: admin.id, details: { before: { isActive: true }, after: { isActive: false }, endedSessions: 1 } }]);
    expect((await db.user.findUniqueOrThrow({ where: { id: gp.id } })).deactivatedAt).toBeInstanceOf(Date);

    expect(await setUserActive(admin, gp.id, true)).toEqual({ endedSessions: 0 });
    expect(await findSessionUserByEmail(email)).toMatchObject({ id: gp.id });
    expect(await auditRows("user.reactivate", gp.id)).toHaveLength(1);
  });

  it("'Log ud overalt' ends every session and changes nothing else, audited", async () => {
    const db = await getDb();
    const worker = await signedInUser("SOCIAL_WORKER", "SOCIAL_SERVICES");
    const before = await db.user.findUniqueOrThrow({ where: { id: worker.id } });
    const sessions = [await startUserSession(db, worker.id), await startUserSession(db, worker.id)];
    expect(await endSessionsEverywhere(admin, worker.id)).toEqual({ endedSessions: 2 });
    for (const id of sessions) expect((await sessionRow(id))?.endedReason).toBe("ended-everywhere");
    expect(await db.user.findUniqueOrThrow({ where: { id: worker.id } })).toEqual(before);
    expect(await auditRows("user.sessions.end", worker.id)).toMatchObject([{ userId: admin.id, details: { endedSessions: 2 } }]);
  });

  it("an administrator can neither deactivate themselves nor give up their own role, so nobody locks themselves out", async () => {
    expect(await refusalInDanish(setUserActive(admin, admin.id, false))).toMatchObject({ code: "INVALID", message: expect.stringContaining("deaktivere dig selv") });
    const ownRole = updateUserSchema.parse({ userId: admin.id, name: admin.name, role: "MANAGER", organisationId: admin.organisationId });
    expect(await refusalInDanish(updateUser(admin, ownRole))).toMatchObject({ code: "INVALID", fieldErrors: { role: [expect.stringContaining("din egen rolle")] } });
    expect(await findSessionUserByEmail((await (await getDb()).user.findUniqueOrThrow({ where: { id: admin.id } })).email)).toMatchObject({ role: "ADMIN" });
    await expect(endSessionsEverywhere(admin, "cm9z0000guessed0000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("retention of session rows", () => {
  it(`deletes a session ${SESSION_ROW_DAYS} days after it was over — ended, or 8 hours after sign-in — and keeps the rest`, async () => {
    const db = await getDb();
    const gp = await signedInUser("GP", "GP_PRACTICE");
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const row = (createdAt: Date, endedAt: Date | null) => db.userSession.create({ data: { userId: gp.id, createdAt, endedAt, endedReason: endedAt ? "signed-out" : null } });
    const endedLongAgo = await row(ago(SESSION_ROW_DAYS * DAY + 3 * HOUR), ago(SESSION_ROW_DAYS * DAY + HOUR));
    const endedRecently = await row(ago(SESSION_ROW_DAYS * DAY + HOUR), ago(SESSION_ROW_DAYS * DAY - HOUR));
    const expiredLongAgo = await row(ago(SESSION_ROW_DAYS * DAY + 9 * HOUR), null);
    const expiredRecently = await row(ago(SESSION_ROW_DAYS * DAY + 7 * HOUR), null);
    const open = await row(ago(HOUR), null);

    expect(await deleteOldSessions(db, now)).toBeGreaterThanOrEqual(2);
    const left = await db.userSession.findMany({ where: { userId: gp.id }, select: { id: true } });
    expect(left.map((session) => session.id).sort()).toEqual([endedRecently.id, expiredRecently.id, open.id].sort());
    expect(left.map((session) => session.id)).not.toContain(endedLongAgo.id);
    expect(left.map((session) => session.id)).not.toContain(expiredLongAgo.id);
  });
});

import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { ROLE_ORGANISATION } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb, isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { endAllUserSessions, type SessionEndReason } from "@/lib/session/user-sessions";
import type { CreateUserInput, UpdateUserInput } from "./schemas";

// The administrator's changes to users. Each is one transaction with its audit row (before and after in `details`),
// and whatever changes who a user is — deactivating, another role, another organisation (and with it the unit) — ends
// every session of theirs at once (lib/session/user-sessions.ts). Users are never deleted: the audit log names them.

type Tx = Prisma.TransactionClient;


const auditedFields = { name: true, email: true, title: true, role: true, organisationId: true, isActive: true } as const;

async function findUser(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, ...auditedFields } });
  if (!user) throw new AppError("NOT_FOUND", "users.notFound", { subject: { type: "User", id: userId } });
  return user;
}

/** The role must fit the organisation's type (ROLE_ORGANISATION): a user who does not fit could never sign in. */
async function assertRoleFits(tx: Tx, role: Role, organisationId: string): Promise<void> {
  const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { type: true } });
  if (!organisation) throw AppError.atField("NOT_FOUND", "organisationId", "users.organisationNotFound");
  if (!ROLE_ORGANISATION[role].includes(organisation.type)) {
    throw AppError.atField("INVALID", "role", "users.roleNotForOrganisation");
  }
}

export async function createUser(admin: SessionUser, input: CreateUserInput): Promise<{ id: string }> {
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      await assertRoleFits(tx, input.role, input.organisationId);
      const { id, ...after } = await tx.user.create({ data: input, select: { id: true, ...auditedFields } });
      await recordAudit({ actor: admin, action: "user.create", entityType: "User", entityId: id, details: { after } }, tx);
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw AppError.atField("CONFLICT", "email", "users.emailTaken");
    throw error;
  }
}

/** Name, title, role and organisation. A new role or organisation ends the user's sessions; an admin keeps their own role. */
export async function updateUser(admin: SessionUser, input: UpdateUserInput): Promise<{ endedSessions: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { id, ...before } = await findUser(tx, input.userId);
    if (id === admin.id && input.role !== before.role) {
      throw AppError.atField("INVALID", "role", "users.ownRole");
    }
    await assertRoleFits(tx, input.role, input.organisationId);
    const { userId, ...data } = input;
    const after = await tx.user.update({ where: { id: userId }, data, select: auditedFields });
    const reason: SessionEndReason | null = after.role !== before.role ? "role-changed" : after.organisationId !== before.organisationId ? "organisation-changed" : null;
    const endedSessions = reason ? await endAllUserSessions(tx, id, reason) : 0;
    await recordAudit({ actor: admin, action: "user.update", entityType: "User", entityId: id, details: { before, after, endedSessions } }, tx);
    return { endedSessions };
  });
}

/** Deactivates (no sign-in, every session ended) or reactivates a user; an administrator cannot deactivate themselves. */
export async function setUserActive(admin: SessionUser, userId: string, isActive: boolean): Promise<{ endedSessions: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { id, ...before } = await findUser(tx, userId);
    if (!isActive && id === admin.id) throw new AppError("INVALID", "users.deactivateSelf");
    if (before.isActive === isActive) return { endedSessions: 0 };
    await tx.user.update({ where: { id }, data: { isActive, deactivatedAt: isActive ? null : new Date() } });
    const endedSessions = isActive ? 0 : await endAllUserSessions(tx, id, "deactivated");
    await recordAudit(
      {
        actor: admin,
        action: isActive ? "user.reactivate" : "user.deactivate",
        entityType: "User",
        entityId: id,
        details: { before: { isActive: before.isActive }, after: { isActive }, endedSessions },
      },
      tx,
    );
    return { endedSessions };
  });
}

/** "Log ud overalt": ends every session of the user and changes nothing else. */
export async function endSessionsEverywhere(admin: SessionUser, userId: string): Promise<{ endedSessions: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { id } = await findUser(tx, userId);
    const endedSessions = await endAllUserSessions(tx, id, "ended-everywhere");
    await recordAudit({ actor: admin, action: "user.sessions.end", entityType: "User", entityId: id, details: { endedSessions } }, tx);
    return { endedSessions };
  });
}

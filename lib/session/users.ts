import "server-only";
import { ROLE_ORGANISATION } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";

const userWithOrganisation = { organisation: { include: { unit: { select: { id: true } } } } } as const;

async function toSessionUser(where: { id: string } | { email: string }): Promise<SessionUser | null> {
  const db = await getDb();
  const user = await db.user.findUnique({ where, include: userWithOrganisation });
  // A deactivated user, or one whose role does not fit the organisation (e.g. a unit role on a GP practice), is never
  // signed in.
  if (!user || !user.isActive || !ROLE_ORGANISATION[user.role].includes(user.organisation.type)) return null;
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    organisationId: user.organisationId,
    organisationName: user.organisation.name,
    organisationType: user.organisation.type,
    unitId: user.organisation.unit?.id ?? null,
  };
}

/** Demo sign-in: only demo users, and only while demo mode is on (checked by the caller). */
export async function findDemoSessionUser(userId: string): Promise<SessionUser | null> {
  const db = await getDb();
  const user = await db.user.findFirst({ where: { id: userId, isDemo: true }, select: { id: true } });
  return user ? toSessionUser({ id: user.id }) : null;
}

/** OpenID Connect sign-in: the broker's verified e-mail must belong to an active user created by an administrator. */
export function findSessionUserByEmail(email: string): Promise<SessionUser | null> {
  return toSessionUser({ email: email.toLowerCase() });
}

export async function listDemoUsers() {
  const db = await getDb();
  return db.user.findMany({
    where: { isDemo: true, isActive: true },
    select: { id: true, name: true, title: true, role: true, organisation: { select: { name: true } } },
    orderBy: [{ role: "asc" }, { name: "asc" }],
  });
}

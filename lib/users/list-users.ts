import "server-only";
import { getDb } from "@/lib/db";
import { openSessionWhere } from "@/lib/session/user-sessions";

// What the administrator sees of users (/brugere): every organisation's, for ADMIN only (user:administer).

/** A user as both pages show them, with the number of sessions that may still be in use. */
const shownUser = (now: Date) =>
  ({
    id: true,
    name: true,
    email: true,
    title: true,
    role: true,
    isActive: true,
    organisation: { select: { name: true } },
    _count: { select: { sessions: { where: openSessionWhere(now) } } },
  }) as const;

/** Every user with organisation and open sessions; active first, then by name. */
export async function listUsers(now = new Date()) {
  const db = await getDb();
  return db.user.findMany({
    select: shownUser(now),
    orderBy: [{ isActive: "desc" }, { name: "asc" }, { id: "asc" }],
  });
}

/** One user as the edit page shows it; null when there is none with that id. */
export async function getUser(userId: string, now = new Date()) {
  const db = await getDb();
  return db.user.findUnique({
    where: { id: userId },
    select: { ...shownUser(now), organisationId: true, deactivatedAt: true },
  });
}

/** The organisations a user can belong to, for the forms' choice: by type, then name. */
export async function listOrganisationChoices() {
  const db = await getDb();
  return db.organisation.findMany({ select: { id: true, name: true, type: true }, orderBy: [{ type: "asc" }, { name: "asc" }] });
}

export type OrganisationChoice = Awaited<ReturnType<typeof listOrganisationChoices>>[number];

import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { composeHolderEmail, type HolderNews } from "@/lib/notifications/compose";
import { portalUrl } from "@/lib/notifications/mail-settings";
import { notifyReferrer } from "@/lib/notifications/notify";
import { appendEvent } from "./append-event";
import { WITH_CENTRAL_TRIAGE } from "./decide";
import type { MessageInput } from "./schemas";

// Messages on a referral: the sending organisation and whoever holds the referral (a unit, or central triage) write to
// each other at any status. A message is a MESSAGE event (its words in the note, blanked by retention like every note)
// with the organisation on the other side, the thread: the holder when it was written. The practice sees every message
// on its referral; staff see only their own organisation's thread, and only while the referral is theirs to see — after
// forwarding, not the newer ones. The other side is told by e-mail, without the citizen's name or health data.

/** Who writes: the sending organisation, central triage, or the unit holding the referral. */
type Side = "referrer" | "triage" | "unit";

function sideOf(user: SessionUser): Side {
  if (can(user.role, "triage:work")) return "triage";
  if (can(user.role, "unit-inbox:work") && user.unitId) return "unit";
  if (can(user.role, "referral:create")) return "referrer";
  throw new AppError("FORBIDDEN", "decisions.notAllowed");
}

/** The referrals each side may write on: its own sent referrals, central triage's cases, the unit's referrals. */
function writable(user: SessionUser, side: Side): Prisma.ReferralWhereInput {
  if (side === "triage") return WITH_CENTRAL_TRIAGE;
  if (side === "unit") return { destinationUnitId: user.unitId };
  return { referrerOrganisationId: user.organisationId, status: { not: "DRAFT" } };
}

/** The events a user sees on a referral's timeline: staff only the messages of their own organisation's thread. */
export function visibleEventsFor(user: SessionUser): Prisma.ReferralEventWhereInput {
  return { OR: [{ type: { not: "MESSAGE" } }, { threadOrganisationId: user.organisationId }] };
}

/** Where the holder reads the referral, for the e-mail's link. */
const holderPath = (referralId: string, atUnit: boolean) => (atUnit ? `/indbakke/${referralId}` : `/visitation/${referralId}`);

/**
 * Writes one message on a referral the user's side may write on (anyone else's: not found), in one transaction: the
 * MESSAGE event, the other side's unread mark, its e-mail (the practice's as its e-mail settings say, the holder's to
 * its organisation's address), and the audit row.
 */
export async function writeMessage(user: SessionUser, input: MessageInput, now = new Date()): Promise<{ eventId: string }> {
  const side = sideOf(user);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const referral = await tx.referral.findFirst({
      where: { id: input.referralId, ...writable(user, side) },
      select: { id: true, number: true, status: true, citizenId: true, referrerOrganisationId: true, destinationUnit: { select: { organisationId: true } } },
    });
    if (!referral) throw new AppError("NOT_FOUND", side === "referrer" ? "referrals.notFound" : "decisions.notFound", { subject: { type: "Referral", id: input.referralId } });
    const thread = side === "referrer" ? await holderOrganisationOf(tx, referral.destinationUnit) : user.organisationId;
    if (!thread) throw new AppError("CONFLICT", "messages.noHolder");
    const event = await appendEvent(tx, { referralId: referral.id, status: referral.status, type: "MESSAGE", actor: user, note: input.message, threadOrganisationId: thread, at: now });
    if (side === "referrer") {
      await tellHolder(tx, referral.id, "MESSAGE", now, event.id);
    } else {
      await tx.referral.update({ where: { id: referral.id }, data: { practiceChangedAt: now }, select: { id: true } });
      await notifyReferrer(tx, event, referral);
    }
    await recordAudit({ actor: user, action: "referral.message", entityType: "Referral", entityId: referral.id, citizenId: referral.citizenId, details: { eventId: event.id } }, tx);
    return { eventId: event.id };
  });
}

/** The organisation holding a referral: its unit's, or central triage's while no unit has it. */
async function holderOrganisationOf(tx: Prisma.TransactionClient, destinationUnit: { organisationId: string | null } | null): Promise<string | null> {
  if (destinationUnit) return destinationUnit.organisationId;
  return (await tx.organisation.findFirst({ where: { type: "CENTRAL_TRIAGE" }, select: { id: true } }))?.id ?? null;
}

/**
 * Tells whoever holds the referral of what the sending organisation did (a message, its withdrawal, corrected contact
 * details), in the caller's transaction: marked unread for the holder's staff, and one e-mail to its organisation's
 * address per change (`key`), without the citizen or the words.
 */
export async function tellHolder(tx: Prisma.TransactionClient, referralId: string, what: HolderNews, now: Date, key = `${what}:${referralId}:${now.toISOString()}`) {
  const referral = await tx.referral.update({
    where: { id: referralId },
    data: { referrerChangedAt: now },
    select: { number: true, destinationUnit: { select: { organisationId: true } } },
  });
  const holder = await holderOrganisationOf(tx, referral.destinationUnit);
  const organisation = holder ? await tx.organisation.findUnique({ where: { id: holder }, select: { id: true, email: true } }) : null;
  if (!organisation?.email) return;
  const email = composeHolderEmail(what, referral.number, holderPath(referralId, Boolean(referral.destinationUnit)), portalUrl());
  await tx.outboxMessage.create({ data: { dedupeKey: `holder:${key}`, organisationId: organisation.id, recipient: organisation.email, ...email }, select: { id: true } });
}

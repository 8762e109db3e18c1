import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshOfferSearch } from "@/lib/search/refresh-offer-search";
import { changedOfferFields, type OfferUpdate, type OfferUpdateField } from "./schemas";

// Catalogue upkeep: unit staff keep their own unit's offers current. Every read and write is scoped by the user's
// unit in the WHERE, so an offer of another unit is simply not found.

const NOT_FOUND_MESSAGE = "Tilbuddet findes ikke, eller det hører til en anden enhed.";
const offerNotFound = (offerId: string) => new AppError("NOT_FOUND", NOT_FOUND_MESSAGE, { type: "Offer", id: offerId });

/** What the edit form shows and saves. */
const editableOfferSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  firstMeeting: true,
  forWhom: true,
  schedule: true,
  hasEveningTimes: true,
  waitingWeeks: true,
  capacityStatus: true,
  isActive: true,
  newUntil: true,
  referralRequirements: true,
  waitingUpdatedAt: true,
  lastCheckedAt: true,
} satisfies Prisma.OfferSelect;

export type EditableOffer = Prisma.OfferGetPayload<{ select: typeof editableOfferSelect }>;

/** Only offers of the user's own unit; staff without a unit have none. */
function unitScope(user: SessionUser, offerId: string): { id: string; unitId: string } {
  if (!user.unitId) throw offerNotFound(offerId);
  return { id: offerId, unitId: user.unitId };
}

/** The unit's offers for "Vores tilbud", alphabetically. */
export async function listUnitOffers(user: SessionUser) {
  if (!user.unitId) return [];
  const db = await getDb();
  return db.offer.findMany({
    where: { unitId: user.unitId },
    orderBy: { title: "asc" },
    select: { id: true, slug: true, title: true, waitingWeeks: true, capacityStatus: true, isActive: true, lastCheckedAt: true },
  });
}

/** One offer of the user's unit for the edit form; null when it does not exist or belongs to another unit. */
export async function getUnitOffer(user: SessionUser, offerId: string): Promise<EditableOffer | null> {
  if (!user.unitId) return null;
  const db = await getDb();
  return db.offer.findFirst({ where: { id: offerId, unitId: user.unitId }, select: editableOfferSelect });
}

/**
 * Saves the edit form. Saving counts as checking the offer (lastCheckedAt); the waiting time's date moves only when
 * the waiting time or capacity changed, because that date tells GPs how fresh the waiting time is. The search fields
 * are recomputed and the change is audited in the same transaction.
 */
export async function updateOffer(user: SessionUser, offerId: string, input: OfferUpdate): Promise<{ changed: OfferUpdateField[] }> {
  const where = unitScope(user, offerId);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const current = await tx.offer.findFirst({ where, select: editableOfferSelect });
    if (!current) throw offerNotFound(offerId);
    const changed = changedOfferFields(current, input);
    const now = new Date();
    const waitingChanged = changed.includes("waitingWeeks") || changed.includes("capacityStatus");
    await tx.offer.update({
      where,
      data: {
        ...Object.fromEntries(changed.map((field) => [field, input[field]])),
        lastCheckedAt: now,
        ...(waitingChanged ? { waitingUpdatedAt: now } : {}),
      },
    });
    await refreshOfferSearch(tx, [offerId]);
    await recordAudit({ actor: user, action: "offer.update", entityType: "Offer", entityId: offerId, details: { changed } }, tx);
    return { changed };
  });
}

/** "Oplysningerne passer stadig": the unit vouches for the text, the waiting time and the capacity as they stand. */
export async function confirmOfferChecked(user: SessionUser, offerId: string): Promise<void> {
  const where = unitScope(user, offerId);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.offer.updateMany({ where, data: { lastCheckedAt: now, waitingUpdatedAt: now } });
    if (count === 0) throw offerNotFound(offerId);
    await recordAudit({ actor: user, action: "offer.confirm", entityType: "Offer", entityId: offerId }, tx);
  });
}

import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { changedOfferFields, toOfferEditValues, type OfferEditValues, type OfferUpdate, type OfferUpdateField } from "./schemas";
import { updateOfferAtVersion } from "./update-offer-at-version";

// Catalogue upkeep: unit staff keep their own unit's offers current. Every read and write is scoped by the user's
// unit in the WHERE, so an offer of another unit is simply not found.

const NOT_FOUND_MESSAGE = "offers.notFoundInUnit";
const offerNotFound = (offerId: string) => new AppError("NOT_FOUND", NOT_FOUND_MESSAGE, { subject: { type: "Offer", id: offerId } });
export const CHANGED_MEANWHILE_MESSAGE = "offers.changedMeanwhile";

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
  transportHelp: true,
  homeVisits: true,
  stepFreeAccess: true,
  isFree: true,
  costNote: true,
  waitingWeeks: true,
  capacityStatus: true,
  isActive: true,
  newUntil: true,
  referralRequirements: true,
  waitingUpdatedAt: true,
  lastCheckedAt: true,
  version: true,
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

/** Someone saved the offer after the form was filled: refused, and the form shows what is stored now. */
const changedMeanwhile = (stored: EditableOffer) => new AppError("CONFLICT", CHANGED_MEANWHILE_MESSAGE, { formValues: toOfferEditValues(stored) });

/**
 * Saves the edit form, if the offer is still at the version the form was filled from; otherwise nothing is written
 * and the CONFLICT carries the stored values for the form to show. Saving counts as checking the offer
 * (lastCheckedAt); the waiting time's date moves only when the waiting time or capacity changed, because that date
 * tells GPs how fresh the waiting time is. The search fields are recomputed and the change is audited in the same
 * transaction. Returns the stored values, which the form shows from then on.
 */
export async function updateOffer(
  user: SessionUser,
  offerId: string,
  { version, ...input }: OfferUpdate & { version: number },
): Promise<{ changed: OfferUpdateField[]; values: OfferEditValues }> {
  const where = unitScope(user, offerId);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const stored = () => tx.offer.findFirst({ where, select: editableOfferSelect });
    const current = await stored();
    if (!current) throw offerNotFound(offerId);
    if (current.version !== version) throw changedMeanwhile(current);
    const changed = changedOfferFields(current, input);
    const now = new Date();
    const waitingChanged = changed.includes("waitingWeeks") || changed.includes("capacityStatus");
    const written = await updateOfferAtVersion(tx, {
      where,
      version,
      data: {
        ...Object.fromEntries(changed.map((field) => [field, input[field]])),
        lastCheckedAt: now,
        ...(waitingChanged ? { waitingUpdatedAt: now } : {}),
      },
    });
    const saved = await stored();
    if (!saved) throw offerNotFound(offerId);
    // Another save came between the read and the write: what it stored is what the form shows now.
    if (!written) throw changedMeanwhile(saved);
    await recordAudit({ actor: user, action: "offer.update", entityType: "Offer", entityId: offerId, details: { changed } }, tx);
    return { changed, values: toOfferEditValues(saved) };
  });
}

/**
 * "Oplysningerne passer stadig": the unit vouches for the text, the waiting time and the capacity as they stand. No
 * field of the edit form changes, so the version stays and a form open elsewhere can still be saved.
 */
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

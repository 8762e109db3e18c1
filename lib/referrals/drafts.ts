import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb, isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toDraftValues, type FormValues } from "./referral-form-values";

// A referral being written is saved on the server as the user types (never in the browser: it is health data), under
// the idempotency key the referral will carry. Only its author sees it; createReferral deletes it when it is sent.
// The audit log gets a row when a draft is started and each time one is shown again; not for every autosave (once a
// second while typing), which is the author's own unsent writing — the sending is logged as "referral.create".

/** A draft older than this is not offered again, and is deleted the next time its author saves one. */
export const DRAFT_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;
const cutoff = (now: Date) => new Date(now.getTime() - DRAFT_DAYS * DAY);

export interface Draft {
  idempotencyKey: string;
  values: FormValues;
  savedAt: Date;
}

const draftSelect = { idempotencyKey: true, data: true, updatedAt: true } satisfies Prisma.ReferralDraftSelect;
type DraftRow = Prisma.ReferralDraftGetPayload<{ select: typeof draftSelect }>;

const toDraft = (row: DraftRow): Draft => ({
  idempotencyKey: row.idempotencyKey,
  values: toDraftValues(typeof row.data === "object" && row.data !== null && !Array.isArray(row.data) ? row.data : {}),
  savedAt: row.updatedAt,
});

const KEY_TAKEN = "referrals.keyTaken";

/**
 * Saves what the user has typed under the form's key: creates the draft the first time, updates it after that. A key
 * that belongs to another user's draft, or to a referral already sent, is refused; the user's drafts older than
 * DRAFT_DAYS are deleted on the way.
 */
export async function saveDraft(user: SessionUser, idempotencyKey: string, data: Record<string, unknown>, now = new Date()): Promise<{ savedAt: Date }> {
  const db = await getDb();
  const values = toDraftValues(data);
  if (await db.referral.findUnique({ where: { idempotencyKey }, select: { id: true } })) throw new AppError("CONFLICT", KEY_TAKEN);
  await db.referralDraft.deleteMany({ where: { userId: user.id, updatedAt: { lt: cutoff(now) } } });
  const update = () =>
    db.referralDraft.updateMany({ where: { idempotencyKey, userId: user.id, organisationId: user.organisationId }, data: { data: values, updatedAt: now } });
  if ((await update()).count === 1) return { savedAt: now };
  try {
    await db.$transaction(async (tx) => {
      await tx.referralDraft.create({ data: { idempotencyKey, userId: user.id, organisationId: user.organisationId, data: values, createdAt: now, updatedAt: now } });
      await auditDraft(user, "referral.draft.create", idempotencyKey, tx);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same form saved twice at once: the other request created the draft, so this one updates it. A key that is
    // someone else's draft matches no row of this user, and is refused.
    if ((await update()).count !== 1) throw new AppError("CONFLICT", KEY_TAKEN);
  }
  return { savedAt: now };
}

/** The user's own draft with this key, if it is still kept. */
export async function getDraft(user: SessionUser, idempotencyKey: string, now = new Date()): Promise<Draft | null> {
  const db = await getDb();
  const row = await db.referralDraft.findFirst({
    where: { idempotencyKey, userId: user.id, organisationId: user.organisationId, updatedAt: { gte: cutoff(now) } },
    select: draftSelect,
  });
  return row ? shown(user, row) : null;
}

/** The user's newest unsent draft from the last DRAFT_DAYS days, offered when "Ny henvisning" opens. */
export async function getLatestDraft(user: SessionUser, now = new Date()): Promise<Draft | null> {
  const db = await getDb();
  const rows = await db.referralDraft.findMany({
    where: { userId: user.id, organisationId: user.organisationId, updatedAt: { gte: cutoff(now) } },
    orderBy: { updatedAt: "desc" },
    take: 5,
    select: draftSelect,
  });
  // A save that crossed the sending of its referral can leave a draft behind: it is not offered, and goes.
  const sent = await db.referral.findMany({ where: { idempotencyKey: { in: rows.map((row) => row.idempotencyKey) } }, select: { idempotencyKey: true } });
  if (sent.length > 0) await db.referralDraft.deleteMany({ where: { userId: user.id, idempotencyKey: { in: sent.map((row) => row.idempotencyKey) } } });
  const unsent = rows.find((row) => !sent.some((referral) => referral.idempotencyKey === row.idempotencyKey));
  return unsent ? shown(user, unsent) : null;
}

export const auditDraft = (user: SessionUser, action: "referral.draft.create" | "referral.draft.read" | "referral.draft.screening", idempotencyKey: string, tx?: Prisma.TransactionClient) =>
  recordAudit({ actor: user, action, entityType: "ReferralDraft", entityId: idempotencyKey }, tx);

/** A draft shown again holds a citizen's CPR number and health details: audit-logged like any other look-up. */
async function shown(user: SessionUser, row: DraftRow): Promise<Draft> {
  await auditDraft(user, "referral.draft.read", row.idempotencyKey);
  return toDraft(row);
}

/** The referral the user's organisation already sent with this form key: a reload or "back" after sending finds it. */
export async function findReferralSentWithKey(user: SessionUser, idempotencyKey: string) {
  const db = await getDb();
  return db.referral.findFirst({ where: { idempotencyKey, referrerOrganisationId: user.organisationId }, select: { id: true, number: true } });
}

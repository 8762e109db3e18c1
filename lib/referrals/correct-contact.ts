import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { appendEvent } from "./append-event";
import { CORRECTABLE_CONTACT_FIELDS } from "./event-details";
import { tellHolder } from "./messages";
import type { ContactCorrection } from "./schemas";
import { OPEN_STATUSES } from "./transitions";

/** Each correctable field of the form and the referral's column that holds it (the snapshot of decision 006). */
const COLUMNS = {
  citizenName: "citizenName",
  phone: "citizenPhone",
  bestTimeToCall: "citizenBestTimeToCall",
  preferredChannel: "citizenPreferredChannel",
} as const satisfies Record<(typeof CORRECTABLE_CONTACT_FIELDS)[number], string>;

/**
 * The sending organisation corrects the citizen's contact details on its own open referral: the referral's snapshot
 * is replaced, a CONTACT_CORRECTED event says which fields changed (not their values), and the holder is told and
 * sees them marked as changed — in one transaction, audit-logged. Nothing changed: nothing is written.
 */
export async function correctContact(user: SessionUser, input: ContactCorrection, now = new Date()): Promise<{ changed: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const referral = await tx.referral.findFirst({
      where: { id: input.referralId, referrerOrganisationId: user.organisationId, status: { in: OPEN_STATUSES.filter((status) => status !== "DRAFT") } },
      select: { id: true, status: true, citizenId: true, citizenName: true, citizenPhone: true, citizenBestTimeToCall: true, citizenPreferredChannel: true },
    });
    if (!referral) throw new AppError("NOT_FOUND", "referrals.notFound", { subject: { type: "Referral", id: input.referralId } });
    const next = {
      citizenName: input.citizenName,
      citizenPhone: input.phone ?? null,
      citizenBestTimeToCall: input.bestTimeToCall ?? null,
      citizenPreferredChannel: input.preferredChannel ?? null,
    };
    const fields = CORRECTABLE_CONTACT_FIELDS.filter((field) => referral[COLUMNS[field]] !== next[COLUMNS[field]]);
    if (fields.length === 0) return { changed: 0 };
    await tx.referral.update({ where: { id: referral.id }, data: next, select: { id: true } });
    await appendEvent(tx, { referralId: referral.id, status: referral.status, type: "CONTACT_CORRECTED", actor: user, details: { kind: "CONTACT_CORRECTED", fields }, at: now });
    await tellHolder(tx, referral.id, "CONTACT_CORRECTED", now);
    await recordAudit({ actor: user, action: "referral.contact_correct", entityType: "Referral", entityId: referral.id, citizenId: referral.citizenId, details: { fields } }, tx);
    return { changed: fields.length };
  });
}

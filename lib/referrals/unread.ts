import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// A referral is unread for a user when someone outside the sending organisation changed it (practiceChangedAt, set by
// transitionReferral) after the user last opened it (ReferralRead.seenAt), or the user never opened it. One SQL
// expression, so the list's mark, its "Kun med nyt" filter and the count can never disagree. SQL because Prisma's
// `where` cannot compare a column of one table with a column of another.

/** Joins the user's read row (at most one: the key is userId + referralId) to `"Referral" r` as `rr`. */
export const joinReadOf = (userId: string) => Prisma.sql`LEFT JOIN "ReferralRead" rr ON rr."referralId" = r.id AND rr."userId" = ${userId}`;

/** True for a referral `r` (with joinReadOf) changed by the receiver since the user last opened it. */
export const IS_UNREAD = Prisma.sql`(r."practiceChangedAt" IS NOT NULL AND (rr."seenAt" IS NULL OR rr."seenAt" < r."practiceChangedAt"))`;

/**
 * The holder's side (the unit's inbox, central triage's queue): a referral is unread for a user when the sending
 * organisation changed it (a message, a withdrawal, corrected contact details: referrerChangedAt) after the user last
 * opened it. Read per row with the list's own query (the read row is at most one, on its key).
 */
export const holderUnreadSelect = (userId: string) =>
  ({ referrerChangedAt: true, reads: { where: { userId }, select: { seenAt: true } } }) satisfies Prisma.ReferralSelect;

type HolderRead = { referrerChangedAt: Date | null; reads: { seenAt: Date }[] };

/** The list's rows with their unread mark, without the columns it was read from. */
export function withHolderUnread<R extends HolderRead>(rows: R[]): (Omit<R, keyof HolderRead> & { unread: boolean })[] {
  return rows.map(({ referrerChangedAt, reads, ...row }) => {
    const seenAt = reads[0]?.seenAt;
    return { ...row, unread: referrerChangedAt !== null && (!seenAt || seenAt < referrerChangedAt) };
  });
}

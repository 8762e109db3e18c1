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

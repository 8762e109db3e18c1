import "server-only";
import { recordListLookup } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CAPPED } from "@/lib/paging/capped-count";
import { PAGE_SIZE, toPage } from "@/lib/paging/cursor";
import { afterSentAt, bySentAt } from "@/lib/paging/sent-at-keyset";
import { shownCitizenSelect } from "@/lib/referrals/citizen-contact";
import { OPEN_TRIAGE_STATUSES } from "./case-actions";
import { decisionScope, WITH_CENTRAL_TRIAGE } from "@/lib/referrals/decide";
import { holderUnreadSelect, withHolderUnread } from "@/lib/referrals/unread";
import { recordReferralSearch, referralSearchWhere, resolveReferralSearch, type ResolvedReferralSearch } from "@/lib/referrals/referral-search-where";
import { QUEUE_VIEWS, type QueueSearch, type QueueView } from "./schemas";

/** What a queue row shows; the CPR number leaves the page only masked (lib/citizens/cpr). */
const queueRowSelect = {
  id: true,
  number: true,
  status: true,
  priority: true,
  sentAt: true,
  dueAt: true,
  routingReasons: true,
  needsText: true,
  needs: { select: { slug: true, label: true }, orderBy: { label: "asc" } },
  socialProfile: { select: { district: true } },
  ...shownCitizenSelect,
} satisfies Prisma.ReferralSelect;

/** `unread`: the referrer wrote or changed something since the user last opened the case. */
export type QueueRow = Prisma.ReferralGetPayload<{ select: typeof queueRowSelect }> & { unread: boolean };

/**
 * The views of central triage's queue. "Ikke fordelt": received and nobody has taken it. "Mine": open cases the user
 * has taken. "Venter på svar": the referrer has been asked and has not answered yet (their answer puts the case back
 * in "Ikke fordelt"), so no case drops out of sight while it waits. "Overskredet": past central triage's service level
 * (lib/service-levels), whoever has it.
 */
function viewWhere(view: QueueView, user: SessionUser, now: Date): Prisma.ReferralWhereInput {
  switch (view) {
    case "unassigned":
      return { ...WITH_CENTRAL_TRIAGE, status: "RECEIVED", assignedToId: null };
    case "mine":
      return { ...WITH_CENTRAL_TRIAGE, status: { in: [...OPEN_TRIAGE_STATUSES] }, assignedToId: user.id };
    case "awaiting":
      return { ...WITH_CENTRAL_TRIAGE, status: "AWAITING_INFORMATION" };
    case "overdue":
      return { ...WITH_CENTRAL_TRIAGE, dueAt: { lte: now } };
  }
}

function filterWhere(search: QueueSearch, found: ResolvedReferralSearch | undefined): Prisma.ReferralWhereInput {
  return {
    ...(search.need ? { needs: { some: { category: search.need } } } : {}),
    ...(search.district ? { socialProfile: { district: search.district } } : {}),
    ...(search.priority ? { priority: search.priority } : {}),
    ...referralSearchWhere(found),
  };
}

/**
 * A page of one view of the queue, oldest first (ties by id, on the (route, status, sentAt, id) index), starting after
 * the search's cursor, with how many cases each view holds under the same filters (counted on the same index, up to
 * the limit of lib/paging/capped-count.ts).
 * Audit-logged: the rows shown.
 */
export async function listTriageQueue(user: SessionUser, search: QueueSearch, take = PAGE_SIZE) {
  decisionScope(user, "triage");
  const db = await getDb();
  const found = await resolveReferralSearch(search.nr);
  const filters = filterWhere(search, found);
  const now = new Date();
  const [rows, ...counts] = await Promise.all([
    db.referral.findMany({
      where: { ...viewWhere(search.view, user, now), ...filters, ...afterSentAt(search.after, "asc") },
      orderBy: bySentAt("asc"),
      take: take + 1,
      select: { ...queueRowSelect, ...holderUnreadSelect(user.id) },
    }),
    ...QUEUE_VIEWS.map((view) => db.referral.count({ where: { ...viewWhere(view, user, now), ...filters }, ...CAPPED })),
  ]);
  const page = toPage(
    withHolderUnread(rows),
    take,
    (row) => row.sentAt,
  );
  await recordReferralSearch(user, "triage", found, page.rows.length);
  await recordListLookup(user, "referral.list.triage", page.rows);
  return { ...page, counts: Object.fromEntries(QUEUE_VIEWS.map((view, index) => [view, counts[index] ?? 0])) as Record<QueueView, number> };
}

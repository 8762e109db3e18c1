import type { Prisma } from "@/lib/generated/prisma/client";
import type { PageCursor } from "./cursor";

export type SortDirection = "asc" | "desc";

/**
 * The rows after the cursor in the order (sentAt, id) in one direction. The plain bound on sentAt is redundant with
 * the OR, but it lets PostgreSQL start the index scan at the cursor instead of filtering every row before it.
 */
export function afterSentAt(cursor: PageCursor | undefined, direction: SortDirection): Prisma.ReferralWhereInput {
  if (!cursor) return {};
  const beyond = direction === "asc" ? "gt" : "lt";
  const upTo = direction === "asc" ? "gte" : "lte";
  return {
    AND: [{ sentAt: { [upTo]: cursor.at } }, { OR: [{ sentAt: { [beyond]: cursor.at } }, { sentAt: cursor.at, id: { [beyond]: cursor.id } }] }],
  };
}

export function bySentAt(direction: SortDirection): Prisma.ReferralOrderByWithRelationInput[] {
  return [{ sentAt: direction }, { id: direction }];
}

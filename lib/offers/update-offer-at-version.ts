import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshOfferSearch } from "./refresh-offer-search";

/**
 * The one write of an offer's content, in the caller's transaction: stored only if the offer still has the version the
 * writer read (optimistic locking), with the version one up and the search fields recomputed. The unit's edit form
 * (./update-offer.ts) writes through it, and the catalogue import must too, so neither writes old values over a
 * change it has not seen. False when nothing was written: the offer changed meanwhile or is outside `where` — the
 * caller reads it again to tell which.
 */
export async function updateOfferAtVersion(
  tx: Prisma.TransactionClient,
  { where, version, data }: { where: { id: string } & Prisma.OfferWhereInput; version: number; data: Omit<Prisma.OfferUncheckedUpdateManyInput, "version"> },
): Promise<boolean> {
  const { count } = await tx.offer.updateMany({ where: { ...where, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) return false;
  await refreshOfferSearch(tx, [where.id]);
  return true;
}

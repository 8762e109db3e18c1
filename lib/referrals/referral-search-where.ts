import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { findCitizenId } from "@/lib/citizens/find-citizen";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReferralSearch } from "./referral-search";

// What "Find én henvisning" adds to a list's own query: the list keeps its scope (organisation, unit, triage) and its
// order and paging; the search only narrows it. A CPR number is looked up once on Citizen's unique index and the list
// searched by the citizen's id (on the (citizenId) index); a name is matched anywhere in the referral's own citizen name,
// case-insensitively, on the trigram index of "citizenName". A pseudonymised referral is found by its number only.

export type ResolvedReferralSearch =
  | { by: "number"; number: number }
  | { by: "cpr"; citizenId: string | null }
  | { by: "name"; name: string };

export async function resolveReferralSearch(search: ReferralSearch | undefined): Promise<ResolvedReferralSearch | undefined> {
  if (search?.by !== "cpr") return search;
  return { by: "cpr", citizenId: await findCitizenId(await getDb(), search.cpr) };
}

/** For a list queried through Prisma. */
export function referralSearchWhere(search: ResolvedReferralSearch | undefined): Prisma.ReferralWhereInput {
  switch (search?.by) {
    case undefined:
      return {};
    case "number":
      return { number: search.number };
    case "cpr":
      return { citizenId: search.citizenId ?? { in: [] }, pseudonymisedAt: null };
    case "name":
      return { citizenName: { contains: search.name, mode: "insensitive" }, pseudonymisedAt: null };
  }
}

/** For a list queried in SQL with the referral as `r`: the same conditions, each beginning with AND. */
export function referralSearchSql(search: ResolvedReferralSearch | undefined): Prisma.Sql {
  switch (search?.by) {
    case undefined:
      return Prisma.empty;
    case "number":
      return Prisma.sql`AND r.number = ${search.number}`;
    case "cpr":
      return search.citizenId ? Prisma.sql`AND r."citizenId" = ${search.citizenId} AND r."pseudonymisedAt" IS NULL` : Prisma.sql`AND false`;
    case "name":
      // The name holds only letters, spaces, hyphens, apostrophes and full stops (the schema): no LIKE wildcards.
      return Prisma.sql`AND r."citizenName" ILIKE ${`%${search.name}%`} AND r."pseudonymisedAt" IS NULL`;
  }
}

/**
 * Every search is audit-logged, after it ran, with how it searched and how many rows it found in the list's scope; a
 * search by CPR number names the citizen (never the number), so the citizen's access report finds it. A name typed is
 * not kept in the log; the rows shown are logged by the list as ever.
 */
export async function recordReferralSearch(
  user: SessionUser,
  list: "organisation" | "unit" | "triage",
  search: ResolvedReferralSearch | undefined,
  found: number,
): Promise<void> {
  if (!search) return;
  await recordAudit({
    actor: user,
    action: "referral.search",
    citizenId: search.by === "cpr" ? (search.citizenId ?? undefined) : undefined,
    details: { list, by: search.by, found },
  });
}

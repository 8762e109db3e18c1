import "server-only";
import { getDb } from "@/lib/db";
import type { OrganisationType } from "@/lib/generated/prisma/enums";
import { suppressSmallCells, suppressSmallCounts, type DisplayCell } from "./small-cells";

/** The social profile's fields a referrer can leave as "ikke oplyst", in the form's order. */
export const PROFILE_FIELDS = ["district", "educationLevel", "employmentStatus", "livesAlone", "chronicConditionCount"] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** The kinds of organisation that refer, as the social profile records them. */
export const REFERRER_TYPES = ["GP_PRACTICE", "JOBCENTRE", "SOCIAL_SERVICES", "HOSPITAL"] as const satisfies readonly OrganisationType[];

export interface CompletenessCell {
  /** Referrals with the field not filled in. */
  missing: DisplayCell;
  /** Its share of the column's referrals, in whole per cent; only where both counts are shown. */
  percent: number | null;
}

export interface DataCompleteness {
  /** Per field: one cell per referrer type, then all referrers. */
  rows: { field: ProfileField; cells: CompletenessCell[]; all: CompletenessCell }[];
  /** The referrals per referrer type, and in all: what each share is of. */
  referrals: DisplayCell[];
  allReferrals: DisplayCell;
}

const share = (missing: DisplayCell, of: DisplayCell): number | null =>
  missing.kind === "shown" && of.kind === "shown" && of.value > 0 ? Math.round((100 * missing.value) / of.value) : null;

/**
 * How much of the shared social profile is "ikke oplyst", per field and referrer type: a registration left empty is the
 * first thing a manager must see, since reach cannot be told without it. One grouped statement over the profiles of
 * sent referrals; the counts pass small-cell suppression (the fields' counts with their row totals, the referrals
 * with theirs) before they leave lib/reach, and a share is shown only beside counts that are shown.
 */
export async function getDataCompleteness(): Promise<DataCompleteness> {
  const db = await getDb();
  const groups = await db.$queryRaw<CompletenessGroup[]>`
    SELECT sp."referrerType"::text AS type,
           count(*)::int AS referrals,
           count(*) FILTER (WHERE sp.district IS NULL)::int AS "district",
           count(*) FILTER (WHERE sp."educationLevel" = 'UNKNOWN')::int AS "educationLevel",
           count(*) FILTER (WHERE sp."employmentStatus" = 'UNKNOWN')::int AS "employmentStatus",
           count(*) FILTER (WHERE sp."livesAlone" IS NULL)::int AS "livesAlone",
           count(*) FILTER (WHERE sp."chronicConditionCount" IS NULL)::int AS "chronicConditionCount"
    FROM "SocialProfile" sp
    JOIN "Referral" r ON r.id = sp."referralId"
    WHERE r.status <> 'DRAFT'
    GROUP BY sp."referrerType"`;
  return completenessOf(groups);
}

/** One referrer type's referrals and, per field, how many left it empty: the statement's rows. */
export type CompletenessGroup = { type: OrganisationType; referrals: number } & Record<ProfileField, number>;

/** The table a reader may see, from the raw counts per referrer type. Pure. */
export function completenessOf(groups: readonly CompletenessGroup[]): DataCompleteness {
  const of = (type: OrganisationType) => groups.find((group) => group.type === type);
  const counts = PROFILE_FIELDS.map((field) => REFERRER_TYPES.map((type) => of(type)?.[field] ?? 0));
  const missing = suppressSmallCells(counts, "rows");
  const referrals = suppressSmallCounts(REFERRER_TYPES.map((type) => of(type)?.referrals ?? 0));
  return {
    rows: PROFILE_FIELDS.map((field, row) => {
      const all = missing.rowTotals![row]!;
      return {
        field,
        cells: missing.cells[row]!.map((cell, column) => ({ missing: cell, percent: share(cell, referrals.cells[column]!) })),
        all: { missing: all, percent: share(all, referrals.total) },
      };
    }),
    referrals: referrals.cells,
    allReferrals: referrals.total,
  };
}

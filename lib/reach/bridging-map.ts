import "server-only";
import { getDb } from "@/lib/db";
import { District, NeedCategory } from "@/lib/generated/prisma/enums";

/** A bridging or civil-society activity in a cell of the map. */
export interface BridgingOffer {
  slug: string;
  title: string;
}

export interface BridgingMap {
  districts: District[];
  categories: NeedCategory[];
  /** The active activities of civil-society and local providers per district and need, by title. */
  cells: Record<District, Record<NeedCategory, BridgingOffer[]>>;
  /** How many cells have none. */
  gaps: number;
}

/**
 * Where a citizen can go on to after a course: per district and need, the active activities of civil-society and
 * local providers (patient associations, local centres, clubs, area and risk-factor efforts) — and where there are
 * none. Catalogue data only, no citizen: grouped in one statement over the offers' districts and need categories.
 */
export async function getBridgingMap(): Promise<BridgingMap> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ district: District; category: NeedCategory; offers: BridgingOffer[] }[]>`
    SELECT d.district::text AS district, c.category::text AS category,
           json_agg(json_build_object('slug', o.slug, 'title', o.title) ORDER BY o.title) AS offers
    FROM "Offer" o
    JOIN "Unit" u ON u.id = o."unitId"
    CROSS JOIN LATERAL unnest(o.districts) AS d(district)
    CROSS JOIN LATERAL unnest(o."needCategories") AS c(category)
    WHERE o."isActive" AND u.kind IN ('CIVIL_SOCIETY', 'LOCAL')
    GROUP BY d.district, c.category`;
  const districts = Object.values(District);
  const categories = Object.values(NeedCategory);
  const cells = Object.fromEntries(districts.map((district) => [district, Object.fromEntries(categories.map((category) => [category, [] as BridgingOffer[]]))])) as BridgingMap["cells"];
  for (const row of rows) cells[row.district][row.category] = row.offers;
  return { districts, categories, cells, gaps: districts.length * categories.length - rows.length };
}

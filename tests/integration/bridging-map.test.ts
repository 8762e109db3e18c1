import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { getBridgingMap } from "@/lib/reach/bridging-map";

// The bridging map on real PostgreSQL over the demo catalogue: which civil-society and local activities each district
// has per need, and where there are none. Known answers from prisma/seed-data/offers.ts.

beforeAll(async () => {
  await seedDemoData(await getDb());
});

describe("the bridging map", () => {
  it("lists each district's civil-society and local activities per need, by title, and nothing from the city-wide units", async () => {
    const map = await getBridgingMap();
    expect(map.districts).toHaveLength(10);
    expect(map.categories).toHaveLength(7);
    expect(map.cells.VALBY.SOCIAL.map((offer) => offer.title)).toEqual(["Fællesspisning hver torsdag", "Samtalegruppe, når du har mistet en, du holdt af"]);
    expect(map.cells.NOERREBRO.BODY.map((offer) => offer.slug)).toHaveLength(3);
    expect(map.cells.INDRE_BY.BODY).toEqual([]);
    // The lung unit's course is not a bridging activity, though it is for breathing in every district.
    const slugs = Object.values(map.cells).flatMap((row) => Object.values(row).flat().map((offer) => offer.slug));
    expect(slugs).not.toContain("mere-luft-i-hverdagen-kol");
  });

  it("counts as gaps exactly the cells with no activity", async () => {
    const map = await getBridgingMap();
    const empty = map.districts.flatMap((district) => map.categories.filter((category) => map.cells[district][category].length === 0));
    expect(map.gaps).toBe(empty.length);
    expect(map.gaps).toBeGreaterThan(0);
    expect(map.gaps).toBeLessThan(70);
  });
});

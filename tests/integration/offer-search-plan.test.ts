import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/lib/demo/seed";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { refreshOfferSearch } from "@/lib/offers/refresh-offer-search";
import { offerSearchSchema, queryWords } from "@/lib/search/schemas";
import { correctWords, searchStatement } from "@/lib/search/search-offers";
import { createTestDatabase, dropTestDatabase } from "../support/test-database";

// The search must use its indexes, not read every offer: checked on a catalogue of 10,000 generated offers, in a
// database of its own so the generated offers don't disturb the ranking tests.
const GENERATED = 10_000;

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}
const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];

describe(`search at ${GENERATED} offers`, () => {
  let database: { name: string; url: string };
  let db: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase("portal_plan");
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    await seedDemoData(db);
    // Offers of random vocabulary words, spread over the real units, needs and districts.
    await db.$executeRaw`
      WITH words AS (SELECT array_agg(word ORDER BY word) AS w, count(*)::int AS n FROM "SearchTerm"),
           units AS (SELECT array_agg(id ORDER BY id) AS u, count(*)::int AS n FROM "Unit"),
           pick AS (SELECT i, words.w AS w, words.n AS wn, units.u AS u, units.n AS un FROM generate_series(1, ${GENERATED}) AS i, words, units)
      INSERT INTO "Offer" (id, slug, "unitId", title, summary, "firstMeeting", "forWhom", schedule, formats, languages,
                           "requiredDiagnoses", "exclusionCriteria", "referralRequirements", "hasEveningTimes", "waitingWeeks", "updatedAt")
      SELECT 'gen-' || i, 'gen-' || i, u[1 + i % un],
             w[1 + (random() * (wn - 1))::int] || ' ' || w[1 + (random() * (wn - 1))::int] || ' ' || w[1 + (random() * (wn - 1))::int],
             (SELECT string_agg(w[1 + (random() * (wn - 1) + k * 0)::int], ' ') FROM generate_series(1, 12) AS k),
             'En samtale.', 'Voksne.', 'Tirsdag kl. 10-12', ARRAY['GROUP']::"OfferFormat"[], ARRAY['da'], '{}', '{}', '{}',
             i % 3 = 0, i % 12, now()
      FROM pick`;
    await db.$executeRaw`
      INSERT INTO "_NeedToOffer" ("A", "B")
      SELECT n.id, 'gen-' || i FROM generate_series(1, ${GENERATED}) AS i
      JOIN LATERAL (SELECT id FROM "Need" ORDER BY md5(id || i::text) LIMIT 2) n ON true`;
    await db.$executeRaw`
      INSERT INTO "OfferLocation" (id, "offerId", name, address, district)
      SELECT 'gen-loc-' || i, 'gen-' || i, 'Sted ' || i, 'Vej ' || i,
             (enum_range(NULL::"District"))[1 + i % 10]
      FROM generate_series(1, ${GENERATED}) AS i`;
    await refreshOfferSearch(db);
    await db.$executeRaw`ANALYZE`;
  }, 120_000);

  afterAll(async () => {
    await db?.$disconnect();
    if (database) await dropTestDatabase(database.name);
  });

  it("has the generated catalogue", async () => {
    expect(await db.offer.count()).toBeGreaterThan(GENERATED);
  });

  it.each(["stress", "kan ikke få vejret", "ondt i knæet"])("finds %j through the full-text index, never a scan of all offers", async (q) => {
    const statement = searchStatement(offerSearchSchema.parse({ q, evening: "1" }), await correctWords(db, queryWords(q)));
    const [row] = await db.$queryRaw<{ "QUERY PLAN": { Plan: PlanNode }[] }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${statement}`);
    const plan = nodes(row!["QUERY PLAN"][0]!.Plan);
    expect(plan.filter((node) => node["Relation Name"] === "Offer" && node["Node Type"] === "Seq Scan")).toEqual([]);
    expect(plan.some((node) => node["Index Name"] === "Offer_searchVector_idx")).toBe(true);
  });
});

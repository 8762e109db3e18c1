import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { getOffer } from "@/lib/offers/get-offer";
import { Prisma } from "@/lib/generated/prisma/client";
import { CHECKED_BARRIERS, meetsBarrier } from "@/lib/routing/barriers";
import { barrierCondition, listNextBestOffers } from "@/lib/search/next-best-offers";

const FULL_ANXIETY = "naar-angst-og-bekymringer-fylder";

const alternativesOf = async (slug: string) => (await listNextBestOffers((await getOffer(slug))!)).map((next) => next.offer.slug);

describe("next-best offers", () => {
  beforeAll(async () => {
    await seedDemoData(await getDb());
  });

  it("proposes, for a full offer, the offers for the same needs that have places, the same help first, then its own unit's", async () => {
    const ranked = await listNextBestOffers((await getOffer(FULL_ANXIETY))!);
    expect(ranked.map((next) => next.offer.slug)).toEqual(["en-samtale-foerst-mental-sundhed", "sov-bedre", "faa-styr-paa-stress"]);
    expect(ranked[0]!.reasons).toEqual({ sharedNeeds: ["angst", "stress"], sameHelp: true, shorterWaitWeeks: 10, hasPlaces: true, meetsBarriers: [], inLanguage: null, inDistrict: false });
    expect(ranked.every((next) => next.offer.capacityStatus !== "FULL")).toBe(true);
  });

  it("proposes nothing for an offer with places and a short wait", async () => {
    expect(await alternativesOf("traening-for-ondt-i-ryggen")).toEqual([]);
  });

  it("proposes, for a group-only offer and a citizen who cannot join a group, only offers without groups, saying so", async () => {
    const offer = (await getOffer("mere-luft-i-hverdagen-kol"))!;
    const ranked = await listNextBestOffers(offer, { barriers: ["NO_GROUPS"], language: "da", needsInterpreter: false });
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked[0]!.offer.slug).toBe("leve-med-astma");
    expect(ranked.every((next) => next.offer.formats.some((format) => format !== "GROUP") && next.reasons.meetsBarriers.includes("NO_GROUPS"))).toBe(true);
  });

  it("reads candidates with the same barrier rule as the ranking, on every demo offer", async () => {
    const db = await getDb();
    const offers = await db.offer.findMany({ select: { id: true, formats: true, hasEveningTimes: true, languages: true, interpreterAvailable: true, transportHelp: true, homeVisits: true } });
    for (const barrier of CHECKED_BARRIERS) {
      const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT o.id FROM "Offer" o WHERE ${barrierCondition(barrier, "ar")}`);
      const inSql = new Set(rows.map((row) => row.id));
      const mismatched = offers.filter((offer) => meetsBarrier(offer, barrier, "ar") !== inSql.has(offer.id)).map((offer) => offer.id);
      expect({ barrier, mismatched }).toEqual({ barrier, mismatched: [] });
    }
  });

  it("sees a unit's edit at once: the answer is kept only for the catalogue version", async () => {
    const db = await getDb();
    const first = await alternativesOf(FULL_ANXIETY);
    const { capacityStatus } = await db.offer.findUniqueOrThrow({ where: { slug: first[0]! }, select: { capacityStatus: true } });
    await db.offer.update({ where: { slug: first[0]! }, data: { capacityStatus: "FULL" } });
    try {
      expect(await alternativesOf(FULL_ANXIETY)).not.toContain(first[0]);
    } finally {
      await db.offer.update({ where: { slug: first[0]! }, data: { capacityStatus } });
    }
    expect(await alternativesOf(FULL_ANXIETY)).toEqual(first);
  });
});

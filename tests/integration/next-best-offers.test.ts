import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { getOffer } from "@/lib/offers/get-offer";
import { listNextBestOffers } from "@/lib/search/next-best-offers";

const FULL_ANXIETY = "naar-angst-og-bekymringer-fylder";

const alternativesOf = async (slug: string) => (await listNextBestOffers((await getOffer(slug))!)).map((next) => next.offer.slug);

describe("next-best offers", () => {
  beforeAll(async () => {
    await seedDemoData(await getDb());
  });

  it("proposes, for a full offer, the offers for the same needs that have places, the same help first", async () => {
    const ranked = await listNextBestOffers((await getOffer(FULL_ANXIETY))!);
    expect(ranked.map((next) => next.offer.slug)).toEqual([
      "en-samtale-foerst-mental-sundhed",
      "bliv-i-jobbet-naar-helbredet-driller",
      "foelgesvend-de-foerste-gange",
    ]);
    expect(ranked[0]!.reasons).toEqual({ sharedNeeds: ["angst", "stress"], sameHelp: true, shorterWaitWeeks: 10, hasPlaces: true });
    expect(ranked.every((next) => next.offer.capacityStatus !== "FULL")).toBe(true);
  });

  it("proposes nothing for an offer with places and a short wait", async () => {
    expect(await alternativesOf("traening-for-ondt-i-ryggen")).toEqual([]);
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

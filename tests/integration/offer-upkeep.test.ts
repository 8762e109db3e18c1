import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { demoOrganisations, demoUsers, unitOrganisationId } from "@/lib/demo/organisations";
import { seedDemoData } from "@/lib/demo/seed";
import { AppError } from "@/lib/errors";
import { offerUpdateSchema, toOfferFormValues } from "@/lib/offers/schemas";
import { confirmOfferChecked, getUnitOffer, listUnitOffers, updateOffer } from "@/lib/offers/update-offer";
import { offerSearchSchema } from "@/lib/search/schemas";
import { rankOffers } from "@/lib/search/search-offers";

// An offer no other test searches for by name (tests/integration/offer-search.test.ts ranks others in parallel), so
// changing its waiting time and summary here cannot move their results.
const OFFER_SLUG = "lungetraening-hjemme-paa-skaerm";
// A word no demo offer uses: found only once the unit has written it into the summary.
const NEW_WORD = "vandrestave";

async function unitStaff(userId: string, unitSlug: string): Promise<SessionUser> {
  const db = await getDb();
  const user = demoUsers.find((candidate) => candidate.id === userId);
  if (!user || user.organisationId !== unitOrganisationId(unitSlug)) throw new Error(`${userId} is not staff of ${unitSlug}`);
  const unit = await db.unit.findUniqueOrThrow({ where: { slug: unitSlug }, select: { id: true, name: true } });
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    organisationId: user.organisationId,
    organisationName: demoOrganisations.find((org) => org.id === user.organisationId)?.name ?? unit.name,
    organisationType: "UNIT",
    unitId: unit.id,
  };
}

/** What the edit form posts for the offer as it stands, with the given fields changed. */
async function editForm(user: SessionUser, offerId: string, changes: Record<string, string>) {
  const offer = await getUnitOffer(user, offerId);
  if (!offer) throw new Error("the unit's own offer must be found");
  return { offer, input: offerUpdateSchema.parse({ ...toOfferFormValues(offer), ...changes }) };
}

const auditRows = async (offerId: string, action: string) => {
  const db = await getDb();
  return db.auditLog.findMany({ where: { entityType: "Offer", entityId: offerId, action }, orderBy: { at: "asc" } });
};

describe("catalogue upkeep by unit staff", () => {
  let lungStaff: SessionUser;
  let mentalStaff: SessionUser;
  let offerId: string;

  beforeAll(async () => {
    const db = await getDb();
    await seedDemoData(db);
    lungStaff = await unitStaff("demo-user-unit-lung", "center-for-lungesygdomme");
    mentalStaff = await unitStaff("demo-user-unit-mental", "center-for-mental-sundhed");
    offerId = (await db.offer.findUniqueOrThrow({ where: { slug: OFFER_SLUG }, select: { id: true } })).id;
  });

  it("lists only the unit's own offers", async () => {
    const lungOffers = await listUnitOffers(lungStaff);
    expect(lungOffers.map((offer) => offer.id)).toContain(offerId);
    expect(await listUnitOffers(mentalStaff)).not.toContainEqual(expect.objectContaining({ id: offerId }));
    expect(await getUnitOffer(mentalStaff, offerId)).toBeNull();
  });

  it("saves a new waiting time and text, moves the dates, audits the change and keeps search right", async () => {
    const db = await getDb();
    expect((await rankOffers(offerSearchSchema.parse({ q: NEW_WORD }))).ids).not.toContain(offerId);
    const stored = await getUnitOffer(lungStaff, offerId);
    if (!stored) throw new Error("the unit's own offer must be found");
    const { offer: before, input } = await editForm(lungStaff, offerId, {
      waitingWeeks: String((stored.waitingWeeks ?? 0) + 3),
      summary: `${stored.summary} Vi låner dig ${NEW_WORD}, hvis du vil gå med på turen bagefter.`,
    });
    const startedAt = new Date();
    expect(await updateOffer(lungStaff, offerId, input)).toEqual({ changed: ["summary", "waitingWeeks"] });

    const after = await db.offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(after.waitingWeeks).toBe((before.waitingWeeks ?? 0) + 3);
    expect(after.summary).toContain(NEW_WORD);
    expect(after.title).toBe(before.title);
    expect(after.lastCheckedAt.getTime()).toBeGreaterThanOrEqual(startedAt.getTime());
    expect(after.waitingUpdatedAt.getTime()).toBeGreaterThanOrEqual(startedAt.getTime());

    const audits = await auditRows(offerId, "offer.update");
    expect(audits).toContainEqual(
      expect.objectContaining({ userId: lungStaff.id, organisationId: lungStaff.organisationId, role: "UNIT_STAFF", details: { changed: ["summary", "waitingWeeks"] } }),
    );

    // The word is also "corrected" to a similar vocabulary word, so other offers may match too: found is what counts.
    expect((await rankOffers(offerSearchSchema.parse({ q: NEW_WORD }))).ids).toContain(offerId);
  });

  it("moves only the check date when the waiting time and capacity stay the same", async () => {
    const db = await getDb();
    const { offer: before, input } = await editForm(lungStaff, offerId, { schedule: "Mandag og onsdag kl. 10-11 og kl. 17-18" });
    const startedAt = new Date();

    expect(await updateOffer(lungStaff, offerId, input)).toEqual({ changed: ["schedule"] });
    const after = await db.offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(after.schedule).toBe("Mandag og onsdag kl. 10-11 og kl. 17-18");
    expect(after.waitingUpdatedAt).toEqual(before.waitingUpdatedAt);
    expect(after.lastCheckedAt.getTime()).toBeGreaterThanOrEqual(startedAt.getTime());
  });

  it("refuses staff of another unit as if the offer did not exist, and changes nothing", async () => {
    const db = await getDb();
    const before = await db.offer.findUniqueOrThrow({ where: { id: offerId } });
    const auditsBefore = (await auditRows(offerId, "offer.update")).length;
    const { input } = await editForm(lungStaff, offerId, { waitingWeeks: "0", title: "Overtaget af en anden enhed" });

    const attempt = updateOffer(mentalStaff, offerId, input);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND", message: "Tilbuddet findes ikke, eller det hører til en anden enhed." });
    await expect(confirmOfferChecked(mentalStaff, offerId)).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await db.offer.findUniqueOrThrow({ where: { id: offerId } })).toEqual(before);
    expect(await auditRows(offerId, "offer.update")).toHaveLength(auditsBefore);
    expect(await db.auditLog.count({ where: { entityId: offerId, userId: mentalStaff.id } })).toBe(0);
  });

  it("records 'Oplysningerne passer stadig' as a check of the waiting time too, audited", async () => {
    const db = await getDb();
    const before = await db.offer.findUniqueOrThrow({ where: { id: offerId } });
    const startedAt = new Date();
    await confirmOfferChecked(lungStaff, offerId);
    const after = await db.offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(after.lastCheckedAt.getTime()).toBeGreaterThanOrEqual(startedAt.getTime());
    expect(after.waitingUpdatedAt.getTime()).toBeGreaterThanOrEqual(startedAt.getTime());
    expect({ ...after, lastCheckedAt: null, waitingUpdatedAt: null, updatedAt: null }).toEqual({ ...before, lastCheckedAt: null, waitingUpdatedAt: null, updatedAt: null });
    expect(await auditRows(offerId, "offer.confirm")).toContainEqual(expect.objectContaining({ userId: lungStaff.id, organisationId: lungStaff.organisationId }));
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { refusalInDanish } from "@/tests/support/translate";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { demoOrganisations, demoUsers, unitOrganisationId } from "@/lib/demo/organisations";
import { seedDemoData } from "@/lib/demo/seed";
import { AppError } from "@/lib/errors";
import { offerEditSchema, toOfferEditValues } from "@/lib/offers/schemas";
import { CHANGED_MEANWHILE_MESSAGE, confirmOfferChecked, getUnitOffer, listUnitOffers, updateOffer } from "@/lib/offers/update-offer";
import { updateOfferAtVersion } from "@/lib/offers/update-offer-at-version";
import { offerSearchSchema } from "@/lib/search/schemas";
import { rankOffers } from "@/lib/search/search-offers";

// An offer no other test searches for by name (tests/integration/offer-search.test.ts ranks others in parallel), so
// changing its waiting time and summary here cannot move their results.
const OFFER_SLUG = "lungetraening-hjemme-paa-skaerm";
// A word no demo offer uses: found only once the unit has written it into the summary.
const NEW_WORD = "vandrestave";
// Another such word, written by the import's write.
const IMPORT_WORD = "pusteøvelser";

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

/** What the edit form posts for the offer as it stands (with its version), with the given fields changed. */
async function editForm(user: SessionUser, offerId: string, changes: Record<string, string>) {
  const offer = await getUnitOffer(user, offerId);
  if (!offer) throw new Error("the unit's own offer must be found");
  const { offerId: _offerId, ...input } = offerEditSchema.parse({ ...toOfferEditValues(offer), offerId, ...changes });
  return { offer, input };
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
    const result = await updateOffer(lungStaff, offerId, input);
    expect(result.changed).toEqual(["summary", "waitingWeeks"]);

    const after = await db.offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(after.waitingWeeks).toBe((before.waitingWeeks ?? 0) + 3);
    expect(after.summary).toContain(NEW_WORD);
    expect(after.title).toBe(before.title);
    expect(after.lastCheckedAt.getTime()).toBeGreaterThanOrEqual(startedAt.getTime());
    expect(after.waitingUpdatedAt.getTime()).toBeGreaterThanOrEqual(startedAt.getTime());
    expect(after.version).toBe(before.version + 1);
    // What the form shows from now on: the stored offer, at its new version.
    expect(result.values).toEqual(toOfferEditValues(after));

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

    expect((await updateOffer(lungStaff, offerId, input)).changed).toEqual(["schedule"]);
    const after = await db.offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(after.schedule).toBe("Mandag og onsdag kl. 10-11 og kl. 17-18");
    expect(after.waitingUpdatedAt).toEqual(before.waitingUpdatedAt);
    expect(after.lastCheckedAt.getTime()).toBeGreaterThanOrEqual(startedAt.getTime());
  });

  it("refuses a second save from the same version: the first one's capacity stays, and the form is given what is stored", async () => {
    const db = await getDb();
    // Two forms filled from the same version: one sets the capacity to full, the other changes only the waiting time.
    const { offer: before, input: full } = await editForm(lungStaff, offerId, { capacityStatus: "FULL" });
    const { input: waitingOnly } = await editForm(lungStaff, offerId, { waitingWeeks: String((before.waitingWeeks ?? 0) + 1) });
    const auditsBefore = (await auditRows(offerId, "offer.update")).length;

    expect((await updateOffer(lungStaff, offerId, full)).changed).toEqual(["capacityStatus"]);
    const attempt = updateOffer(lungStaff, offerId, waitingOnly);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT", message: CHANGED_MEANWHILE_MESSAGE });

    const stored = await db.offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(stored).toMatchObject({ capacityStatus: full.capacityStatus, waitingWeeks: before.waitingWeeks, version: before.version + 1 });
    await expect(attempt).rejects.toMatchObject({ formValues: toOfferEditValues(stored) });
    expect(await auditRows(offerId, "offer.update")).toHaveLength(auditsBefore + 1);

    // Corrected again from what is stored, the save goes through.
    const { input: again } = await editForm(lungStaff, offerId, { waitingWeeks: String((before.waitingWeeks ?? 0) + 1) });
    expect((await updateOffer(lungStaff, offerId, again)).changed).toEqual(["waitingWeeks"]);
    expect(await db.offer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({
      capacityStatus: full.capacityStatus,
      waitingWeeks: (before.waitingWeeks ?? 0) + 1,
      version: before.version + 2,
    });
  });

  it("lets exactly one of two saves at the same moment from the same version through", async () => {
    const db = await getDb();
    const { offer: before, input: first } = await editForm(lungStaff, offerId, { schedule: "Tirsdag kl. 9-10" });
    const { input: second } = await editForm(lungStaff, offerId, { schedule: "Torsdag kl. 13-14" });

    const results = await Promise.allSettled([updateOffer(lungStaff, offerId, first), updateOffer(lungStaff, offerId, second)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected");
    expect(refused?.reason).toMatchObject({ code: "CONFLICT", message: CHANGED_MEANWHILE_MESSAGE });

    const stored = await db.offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(stored.version).toBe(before.version + 1);
    const winner = results[0]?.status === "fulfilled" ? first : second;
    expect(stored.schedule).toBe(winner.schedule);
  });

  it("writes through updateOfferAtVersion only at the version read, and keeps search right (as the catalogue import will)", async () => {
    const db = await getDb();
    const before = await db.offer.findUniqueOrThrow({ where: { id: offerId } });
    const write = (version: number, summary: string) => db.$transaction((tx) => updateOfferAtVersion(tx, { where: { id: offerId }, version, data: { summary } }));

    expect(await write(before.version - 1, `${before.summary} ${IMPORT_WORD}`)).toBe(false);
    expect(await db.offer.findUniqueOrThrow({ where: { id: offerId } })).toEqual(before);
    expect((await rankOffers(offerSearchSchema.parse({ q: IMPORT_WORD }))).ids).not.toContain(offerId);
    expect(await write(before.version, `${before.summary} ${IMPORT_WORD}`)).toBe(true);
    expect(await db.offer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({ version: before.version + 1 });
    expect((await rankOffers(offerSearchSchema.parse({ q: IMPORT_WORD }))).ids).toContain(offerId);
  });

  it("refuses staff of another unit as if the offer did not exist, and changes nothing", async () => {
    const db = await getDb();
    const before = await db.offer.findUniqueOrThrow({ where: { id: offerId } });
    const auditsBefore = (await auditRows(offerId, "offer.update")).length;
    const { input } = await editForm(lungStaff, offerId, { waitingWeeks: "0", title: "Overtaget af en anden enhed" });

    const attempt = updateOffer(mentalStaff, offerId, input);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    expect(await refusalInDanish(attempt)).toMatchObject({ code: "NOT_FOUND", message: "Tilbuddet findes ikke, eller det hører til en anden enhed." });
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

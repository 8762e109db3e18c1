import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import type { Role } from "@/lib/generated/prisma/enums";
import { answerInformationRequest } from "@/lib/referrals/answer-information-request";
import { countUnreadReferrals } from "@/lib/referrals/count-unread-referrals";
import { createReferral } from "@/lib/referrals/create-referral";
import { listOrganisationReferrals } from "@/lib/referrals/list-organisation-referrals";
import { markReferralRead } from "@/lib/referrals/mark-referral-read";
import { NO_REFERRAL_LIST_FILTERS, type ReferralListFilters } from "@/lib/referrals/referral-list-filters";
import { claimTriageCase } from "@/lib/triage/claim-triage-case";
import { requestInformation } from "@/lib/triage/request-information";
import { acceptReferral } from "@/lib/unit-inbox/accept-referral";
import { openUnitReferral } from "@/lib/unit-inbox/open-unit-referral";
import { demoSession, referralForm } from "../support/factories";

// "Ny ændring" on Mine henvisninger, on real PostgreSQL. Other files share the database and the demo practices, so this
// file makes practices of its own: every count here is about referrals this file made.

let gp: SessionUser;
let nurse: SessionUser;
let otherGp: SessionUser;
let lungStaff: SessionUser;
let coordinator: SessionUser;

/** A GP practice no other test uses, with the given people in it. */
async function makePractice(roles: Role[]): Promise<SessionUser[]> {
  const db = await getDb();
  const suffix = randomUUID().slice(0, 8);
  const practice = await db.organisation.create({ data: { type: "GP_PRACTICE", name: `Testpraksis ${suffix}` } });
  return Promise.all(
    roles.map(async (role, index) => {
      const user = await db.user.create({ data: { email: `${suffix}-${index}@praksis.example`, name: `Test ${role}`, role, organisationId: practice.id } });
      return { id: user.id, name: user.name, role, organisationId: practice.id, organisationName: practice.name, organisationType: "GP_PRACTICE", unitId: null };
    }),
  );
}

async function sendToLungUnit(referrer: SessionUser) {
  const sent = await createReferral(referrer, referralForm({ offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL" }));
  if (sent.kind !== "sent") throw new Error("expected the referral to be sent");
  return sent.referralId;
}

async function sendToCentralTriage(referrer: SessionUser) {
  const sent = await createReferral(referrer, referralForm());
  if (sent.kind !== "sent") throw new Error("expected the referral to be sent");
  return sent.referralId;
}

/** The user's list as id → unread. */
async function marks(user: SessionUser, filters: Partial<ReferralListFilters> = {}) {
  const { rows } = await listOrganisationReferrals(user, { ...NO_REFERRAL_LIST_FILTERS, ...filters });
  return new Map(rows.map((row) => [row.id, row.unread]));
}

beforeAll(async () => {
  await seedDemoData(await getDb());
  [gp, nurse] = (await makePractice(["GP", "PRACTICE_STAFF"])) as [SessionUser, SessionUser];
  [otherGp] = (await makePractice(["GP"])) as [SessionUser];
  lungStaff = await demoSession("demo-user-unit-lung");
  coordinator = await demoSession("demo-user-triage");
});

describe("a change by the receiver is new to the practice until each user opens the referral", () => {
  it("a new referral has no news; the unit opening it is news for the GP and the nurse, never for another practice", async () => {
    const id = await sendToLungUnit(nurse);
    expect((await marks(gp)).get(id)).toBe(false);
    expect((await marks(nurse)).get(id)).toBe(false);
    const before = { gp: await countUnreadReferrals(gp), nurse: await countUnreadReferrals(nurse) };

    await openUnitReferral(lungStaff, id);

    expect((await marks(gp)).get(id)).toBe(true);
    expect((await marks(nurse)).get(id)).toBe(true);
    expect(await countUnreadReferrals(gp)).toBe(before.gp + 1);
    expect(await countUnreadReferrals(nurse)).toBe(before.nurse + 1);
    expect((await marks(otherGp)).has(id)).toBe(false);
    expect(await countUnreadReferrals(otherGp)).toBe(0);
  });

  it("opening marks it read for that user only, and the next change by the unit is news again", async () => {
    const id = await sendToLungUnit(nurse);
    await openUnitReferral(lungStaff, id);
    expect(await markReferralRead(gp, id)).toBe(true);
    expect((await marks(gp)).get(id)).toBe(false);
    expect((await marks(nurse)).get(id)).toBe(true);

    await acceptReferral(lungStaff, { referralId: id });
    expect((await marks(gp)).get(id)).toBe(true);
    await markReferralRead(gp, id);
    await markReferralRead(nurse, id);
    expect((await marks(gp)).get(id)).toBe(false);
    expect((await marks(nurse)).get(id)).toBe(false);
  });

  it("a change made while the page was loading stays news, and an older opening never undoes a newer one", async () => {
    const id = await sendToLungUnit(nurse);
    const pageLoadedAt = new Date(Date.now() - 1000);
    await openUnitReferral(lungStaff, id);
    await markReferralRead(gp, id, pageLoadedAt);
    expect((await marks(gp)).get(id)).toBe(true);

    await markReferralRead(gp, id);
    await markReferralRead(gp, id, pageLoadedAt);
    expect((await marks(gp)).get(id)).toBe(false);
  });

  it("the practice's own answer to a question is not news", async () => {
    const id = await sendToCentralTriage(nurse);
    await claimTriageCase(coordinator, { referralId: id });
    await requestInformation(coordinator, { referralId: id, question: "Hvilken medicin får borgeren?" });
    expect((await marks(gp)).get(id)).toBe(true);
    await markReferralRead(gp, id);
    await markReferralRead(nurse, id);

    await answerInformationRequest(nurse, { referralId: id, answer: "Spiriva og Ventoline." });

    const db = await getDb();
    expect(await db.referral.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: "RECEIVED" });
    expect((await marks(gp)).get(id)).toBe(false);
    expect((await marks(nurse)).get(id)).toBe(false);
  });

  it("another practice can neither see the mark nor mark the referral read", async () => {
    const id = await sendToLungUnit(nurse);
    await openUnitReferral(lungStaff, id);
    expect(await markReferralRead(otherGp, id)).toBe(false);
    const db = await getDb();
    expect(await db.referralRead.count({ where: { referralId: id } })).toBe(0);
    expect((await marks(otherGp, { unread: true })).has(id)).toBe(false);
    expect((await marks(gp)).get(id)).toBe(true);
  });
});

describe("“Kun med nyt”", () => {
  it("lists only the user's unread referrals, also together with the other filters", async () => {
    const news = await sendToLungUnit(nurse);
    const opened = await sendToLungUnit(nurse);
    const quiet = await sendToLungUnit(nurse);
    await openUnitReferral(lungStaff, news);
    await openUnitReferral(lungStaff, opened);
    await markReferralRead(gp, opened);

    const unread = await marks(gp, { unread: true });
    expect(unread.get(news)).toBe(true);
    expect(unread.has(opened)).toBe(false);
    expect(unread.has(quiet)).toBe(false);
    expect([...unread.values()].every(Boolean)).toBe(true);
    expect(unread.size).toBe(await countUnreadReferrals(gp));
    expect((await marks(nurse, { unread: true })).has(opened)).toBe(true);

    expect((await marks(gp, { unread: true, status: "open", period: "30d" })).has(news)).toBe(true);
    expect((await marks(gp, { unread: true, status: "closed" })).has(news)).toBe(false);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { createReferral } from "@/lib/referrals/create-referral";
import { listOrganisationReferrals } from "@/lib/referrals/list-organisation-referrals";
import { NO_REFERRAL_LIST_FILTERS, type ReferralListFilters } from "@/lib/referrals/referral-list-filters";
import { transitionReferral } from "@/lib/referrals/transition-referral";
import { demoSession, referralForm } from "../support/factories";

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

let nurse: SessionUser;
let otherPractice: SessionUser;
let coordinator: SessionUser;
let received: string;
let waiting: string;
let withdrawn: string;
let sentLongAgo: string;
let otherPracticeWaiting: string;

async function send(referrer: SessionUser, now?: Date) {
  const sent = await createReferral(referrer, referralForm(), now);
  if (sent.kind !== "sent") throw new Error("expected the referral to be sent");
  return sent.referralId;
}

/** Moves a referral on the way the app does: through the transition, in a transaction. */
async function move(referralId: string, event: "INFORMATION_REQUESTED" | "WITHDRAWN", actor: SessionUser) {
  const db = await getDb();
  await db.$transaction((tx) =>
    transitionReferral(tx, {
      referralId,
      event,
      actor,
      ...(event === "INFORMATION_REQUESTED" ? { note: "Hvilken medicin får borgeren?", data: { assignedToId: actor.id } } : {}),
    }),
  );
}

const idsFor = async (user: SessionUser, filters: Partial<ReferralListFilters>) =>
  (await listOrganisationReferrals(user, { ...NO_REFERRAL_LIST_FILTERS, ...filters })).rows.map((referral) => referral.id);

beforeAll(async () => {
  await seedDemoData(await getDb());
  [nurse, otherPractice, coordinator] = (await Promise.all(["demo-user-nurse", "demo-user-gp-amager", "demo-user-triage"].map(demoSession))) as [
    SessionUser,
    SessionUser,
    SessionUser,
  ];
  [received, waiting, withdrawn, sentLongAgo, otherPracticeWaiting] = await Promise.all([
    send(nurse),
    send(nurse),
    send(nurse),
    send(nurse, daysAgo(120)),
    send(otherPractice),
  ]);
  await move(waiting, "INFORMATION_REQUESTED", coordinator);
  await move(otherPracticeWaiting, "INFORMATION_REQUESTED", coordinator);
  await move(withdrawn, "WITHDRAWN", nurse);
});

describe("filters on Mine henvisninger", () => {
  it("without filters lists every referral the practice sent, and never another practice's", async () => {
    const ids = await idsFor(nurse, {});
    expect(ids).toEqual(expect.arrayContaining([received, waiting, withdrawn, sentLongAgo]));
    expect(ids).not.toContain(otherPracticeWaiting);
  });

  it("“Venter på jer” lists only referrals awaiting the practice's answer, its own", async () => {
    const { rows: referrals } = await listOrganisationReferrals(nurse, { ...NO_REFERRAL_LIST_FILTERS, status: "waiting" });
    expect(referrals.map((referral) => referral.id)).toContain(waiting);
    expect(referrals.every((referral) => referral.status === "AWAITING_INFORMATION")).toBe(true);
    expect(referrals.map((referral) => referral.id)).not.toContain(otherPracticeWaiting);
    expect(await idsFor(otherPractice, { status: "waiting" })).toContain(otherPracticeWaiting);
  });

  it("“Åbne” leaves out closed referrals and “Afsluttede” lists only them", async () => {
    const open = await idsFor(nurse, { status: "open" });
    expect(open).toEqual(expect.arrayContaining([received, waiting, sentLongAgo]));
    expect(open).not.toContain(withdrawn);
    const { rows: closed } = await listOrganisationReferrals(nurse, { ...NO_REFERRAL_LIST_FILTERS, status: "closed" });
    expect(closed.map((referral) => referral.id)).toContain(withdrawn);
    expect(closed.map((referral) => referral.status)).not.toContain("RECEIVED");
    expect(closed.map((referral) => referral.id)).not.toContain(otherPracticeWaiting);
  });

  it("the period counts by when the referral was sent", async () => {
    expect(await idsFor(nurse, { period: "30d" })).not.toContain(sentLongAgo);
    expect(await idsFor(nurse, { period: "90d" })).not.toContain(sentLongAgo);
    expect(await idsFor(nurse, { period: "1y" })).toContain(sentLongAgo);
    expect(await idsFor(nurse, { period: "30d" })).toEqual(expect.arrayContaining([received, waiting, withdrawn]));
  });

  it("combines status and period", async () => {
    const ids = await idsFor(nurse, { status: "open", period: "30d" });
    expect(ids).toEqual(expect.arrayContaining([received, waiting]));
    expect(ids).not.toContain(withdrawn);
    expect(ids).not.toContain(sentLongAgo);
  });
});

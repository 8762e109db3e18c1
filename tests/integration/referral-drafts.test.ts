import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { answerInformationRequest } from "@/lib/referrals/answer-information-request";
import { countAwaitingInformation } from "@/lib/referrals/count-awaiting-information";
import { createReferral } from "@/lib/referrals/create-referral";
import { findReferralSentWithKey, getDraft, getLatestDraft, saveDraft } from "@/lib/referrals/drafts";
import { getOrganisationReferral } from "@/lib/referrals/get-organisation-referral";
import { saveScreening } from "@/lib/referrals/save-screening";
import { transitionReferral } from "@/lib/referrals/transition-referral";
import { demoSession, referralForm } from "../support/factories";

const HOUR = 60 * 60 * 1000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR);

let nurse: SessionUser;
let gp: SessionUser;
let otherPractice: SessionUser;
let socialWorker: SessionUser;
let coordinator: SessionUser;

beforeAll(async () => {
  await seedDemoData(await getDb());
  [nurse, gp, otherPractice, socialWorker, coordinator] = await Promise.all(
    ["demo-user-nurse", "demo-user-gp", "demo-user-gp-amager", "demo-user-social", "demo-user-triage"].map(demoSession),
  ) as [SessionUser, SessionUser, SessionUser, SessionUser, SessionUser];
});

/** Sends a referral for the user and puts it in AWAITING_INFORMATION the way central triage does: through the transition. */
async function referralAwaitingAnswer(referrer: SessionUser, question: string) {
  const sent = await createReferral(referrer, referralForm());
  if (sent.kind !== "sent") throw new Error("expected the referral to be sent");
  const db = await getDb();
  await db.$transaction((tx) =>
    transitionReferral(tx, { referralId: sent.referralId, event: "INFORMATION_REQUESTED", actor: coordinator, note: question, data: { assignedToId: coordinator.id } }),
  );
  return sent.referralId;
}

describe("the health conversation", () => {
  it("keeps its answers in the user's own draft, ticks the needs they point to beside those already ticked, and is audit-logged", async () => {
    const key = randomUUID();
    // A man (the CPR number's last digit is odd): AUDIT-C's threshold is 4, so 3 is below it.
    await saveDraft(nurse, key, { cpr: "070761-4285", citizenName: "Bent Jensen", needSlugs: ["aandenoed"] });
    const outcome = await saveScreening(nurse, key, { auditc_1: "TWO_TO_THREE_A_WEEK", auditc_2: "ONE_TWO", auditc_3: "NEVER", smoking: "DAILY" });
    expect(outcome.result).toMatchObject({ auditC: { score: 3, positive: false }, needSlugs: ["vil-stoppe-med-at-ryge"] });
    expect(outcome.needs).toEqual([{ slug: "vil-stoppe-med-at-ryge", label: "Vil stoppe med at ryge" }]);
    expect(outcome.offers.length).toBeGreaterThan(0);
    expect(outcome.offers.every((offer) => offer.needSlugs.includes("vil-stoppe-med-at-ryge") && offer.capacityStatus !== "FULL")).toBe(true);

    const draft = await getDraft(nurse, key);
    expect(draft?.values).toMatchObject({ citizenName: "Bent Jensen", needSlugs: ["aandenoed", "vil-stoppe-med-at-ryge"] });
    expect(JSON.parse(String(draft?.values.screening))).toEqual({ auditc_1: "TWO_TO_THREE_A_WEEK", auditc_2: "ONE_TWO", auditc_3: "NEVER", smoking: "DAILY" });
    const db = await getDb();
    expect(await db.auditLog.count({ where: { action: "referral.draft.screening", entityId: key, userId: nurse.id } })).toBe(1);

    // Another practice's user cannot write answers into it.
    await expect(saveScreening(otherPractice, key, { smoking: "NEVER" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(JSON.parse(String((await getDraft(nurse, key))?.values.screening))).toMatchObject({ smoking: "DAILY" });
  });
});

describe("drafts of the referral form", () => {
  it("saves a draft, then updates the same one under the form's key, keeping only the form's fields", async () => {
    const key = randomUUID();
    await saveDraft(nurse, key, { cpr: "070761-4285", citizenName: "Bent" }, hoursAgo(2));
    const { savedAt } = await saveDraft(nurse, key, { cpr: "070761-4285", citizenName: "Bent Jensen", needSlugs: ["aandenoed"], role: "ADMIN" }, hoursAgo(1));
    const db = await getDb();
    expect(await db.referralDraft.count({ where: { idempotencyKey: key } })).toBe(1);
    const draft = await getDraft(nurse, key);
    expect(draft).toEqual({ idempotencyKey: key, savedAt, values: { cpr: "070761-4285", citizenName: "Bent Jensen", needSlugs: ["aandenoed"], barriers: [] } });
  });

  it("is its author's only: a colleague in the same practice neither reads nor overwrites it", async () => {
    const key = randomUUID();
    await saveDraft(nurse, key, { citizenName: "Birthe Larsen" });
    expect(await getDraft(gp, key)).toBeNull();
    await expect(saveDraft(gp, key, { citizenName: "Someone else" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getDraft(nurse, key))?.values.citizenName).toBe("Birthe Larsen");
    expect((await getLatestDraft(gp))?.idempotencyKey).not.toBe(key);
  });

  it("offers the newest unsent draft of the last 7 days, and deletes older ones on the next save", async () => {
    const [old, earlier, newest] = [randomUUID(), randomUUID(), randomUUID()];
    await saveDraft(socialWorker, old, { citizenName: "Old" }, hoursAgo(8 * 24));
    expect((await getLatestDraft(socialWorker))?.idempotencyKey).not.toBe(old);
    await saveDraft(socialWorker, earlier, { citizenName: "Earlier" }, hoursAgo(2));
    await saveDraft(socialWorker, newest, { citizenName: "Newest" }, hoursAgo(1));
    expect(await getLatestDraft(socialWorker)).toMatchObject({ idempotencyKey: newest, values: { citizenName: "Newest" } });
    const db = await getDb();
    expect(await db.referralDraft.count({ where: { idempotencyKey: old } })).toBe(0);
  });

  it("is gone once its referral is sent, is never saved again under that key, and the key finds the referral", async () => {
    const [earlier, key] = [randomUUID(), randomUUID()];
    await saveDraft(socialWorker, earlier, { citizenName: "Earlier" }, hoursAgo(0.5));
    await saveDraft(socialWorker, key, { citizenName: "Sent" });
    const sent = await createReferral(socialWorker, referralForm({ idempotencyKey: key }));
    expect(sent.kind).toBe("sent");
    expect((await getLatestDraft(socialWorker))?.idempotencyKey).toBe(earlier);
    await expect(saveDraft(socialWorker, key, { citizenName: "Sent" })).rejects.toMatchObject({ code: "CONFLICT" });

    // An autosave that crossed the sending left a draft behind: it is not offered, and it goes.
    const db = await getDb();
    await db.referralDraft.create({ data: { idempotencyKey: key, userId: socialWorker.id, organisationId: socialWorker.organisationId, data: {} } });
    expect((await getLatestDraft(socialWorker))?.idempotencyKey).toBe(earlier);
    expect(await db.referralDraft.count({ where: { idempotencyKey: key } })).toBe(0);

    expect(await findReferralSentWithKey(socialWorker, key)).toMatchObject({ id: sent.kind === "sent" ? sent.referralId : "" });
    expect(await findReferralSentWithKey(nurse, key)).toBeNull();
  });
});

describe("the practice answers a question about its referral", () => {
  it("moves it from AWAITING_INFORMATION back to RECEIVED with the answer as the event's note, unassigned, audit-logged", async () => {
    const referralId = await referralAwaitingAnswer(nurse, "Hvor længe har borgeren haft åndenød?");
    const db = await getDb();
    expect(await db.referral.findUniqueOrThrow({ where: { id: referralId } })).toMatchObject({ status: "AWAITING_INFORMATION", assignedToId: coordinator.id });

    await answerInformationRequest(nurse, { referralId, answer: "I et halvt år, værst om morgenen." });

    const referral = await db.referral.findUniqueOrThrow({ where: { id: referralId }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(referral).toMatchObject({ status: "RECEIVED", assignedToId: null });
    expect(referral.events.at(-1)).toMatchObject({
      type: "INFORMATION_PROVIDED",
      fromStatus: "AWAITING_INFORMATION",
      toStatus: "RECEIVED",
      note: "I et halvt år, værst om morgenen.",
      actorUserId: nurse.id,
      actorOrganisationId: nurse.organisationId,
    });
    const audit = await db.auditLog.findFirst({ where: { action: "referral.information_provided", entityId: referralId } });
    expect(audit).toMatchObject({ userId: nurse.id, citizenId: referral.citizenId });
  });

  it("cannot answer twice: the referral no longer waits for an answer", async () => {
    const referralId = await referralAwaitingAnswer(gp, "Har borgeren en diagnose?");
    await answerInformationRequest(gp, { referralId, answer: "Ja, KOL." });
    await expect(answerInformationRequest(nurse, { referralId, answer: "Ja, KOL." })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("another practice can neither answer nor read it: not found, and nothing changes", async () => {
    const referralId = await referralAwaitingAnswer(nurse, "Taler borgeren dansk?");
    await expect(answerInformationRequest(otherPractice, { referralId, answer: "Ja" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getOrganisationReferral(otherPractice, referralId)).toBeNull();
    const db = await getDb();
    expect(await db.referral.findUniqueOrThrow({ where: { id: referralId } })).toMatchObject({ status: "AWAITING_INFORMATION" });
    expect(await db.auditLog.count({ where: { action: "referral.read", entityId: referralId } })).toBe(0);
  });

  it("counts the referrals that wait for the organisation's answer, for that organisation only", async () => {
    const before = await countAwaitingInformation(otherPractice);
    const referralId = await referralAwaitingAnswer(otherPractice, "Hvornår kan borgeren?");
    expect(await countAwaitingInformation(otherPractice)).toBe(before + 1);
    await answerInformationRequest(otherPractice, { referralId, answer: "Efter kl. 16." });
    expect(await countAwaitingInformation(otherPractice)).toBe(before);
  });
});

describe("the practice's referral page", () => {
  it("reads the organisation's own referral with its timeline, and audit-logs the look-up of the citizen", async () => {
    const referralId = await referralAwaitingAnswer(nurse, "Kan borgeren komme om formiddagen?");
    const referral = await getOrganisationReferral(gp, referralId);
    expect(referral).toMatchObject({ id: referralId, status: "AWAITING_INFORMATION", route: "TRIAGE" });
    expect(referral?.events.map((event) => event.type)).toEqual(["SENT", "RECEIVED", "INFORMATION_REQUESTED"]);
    expect(referral?.events.at(-1)).toMatchObject({ note: "Kan borgeren komme om formiddagen?", actorRole: "TRIAGE_COORDINATOR" });
    const db = await getDb();
    const audit = await db.auditLog.findFirst({ where: { action: "referral.read", entityId: referralId } });
    expect(audit).toMatchObject({ userId: gp.id, citizenId: referral?.citizen.id });
  });
});

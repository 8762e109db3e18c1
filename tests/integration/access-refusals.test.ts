import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { recordRefusal, recordRefusingError, REFUSAL_WINDOW_MINUTES, REFUSALS_PER_WINDOW } from "@/lib/audit/refusals";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { AppError, FIELDS_MESSAGE } from "@/lib/errors";
import { foundInScope } from "@/lib/http/found-in-scope";
import { answerInformationRequest } from "@/lib/referrals/answer-information-request";
import { createReferral } from "@/lib/referrals/create-referral";
import { getOrganisationReferral } from "@/lib/referrals/get-organisation-referral";
import { demoSession, referralForm } from "../support/factories";

// Refused requests in the audit log, on real PostgreSQL: another practice's referral named on a page and in an action
// leaves one row saying who, which id and which status — never the citizen or a CPR number — and a flood of refusals
// is capped per user and window with one row saying the rest were not recorded.

let gp: SessionUser;
let gpAmager: SessionUser;
let referralId: string;

beforeAll(async () => {
  await seedDemoData(await getDb());
  gp = await demoSession("demo-user-gp");
  gpAmager = await demoSession("demo-user-gp-amager");
  const sent = await createReferral(gp, referralForm({ offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL" }));
  if (sent.kind !== "sent") throw new Error("expected the referral to be sent");
  referralId = sent.referralId;
});

const refusalsOf = async (userId: string, since: Date) =>
  (await getDb()).auditLog.findMany({ where: { userId, at: { gte: since }, action: { startsWith: "access." } }, orderBy: [{ at: "asc" }, { id: "asc" }] });

/** A user of its own with nothing on record, so that its counter and rows are this test's alone. */
async function freshUser(): Promise<SessionUser> {
  const db = await getDb();
  const user = await db.user.create({ data: { email: `probe-${randomUUID()}@amagerbrogade.example`, name: "Prøvende Bruger", role: "GP", organisationId: gpAmager.organisationId } });
  return { ...gpAmager, id: user.id, name: user.name };
}

describe("a refused look-up of another practice's referral", () => {
  it("on a page: 404 and one audit row with who, role, organisation, the id tried and the status", async () => {
    const since = new Date();
    await expect(foundInScope(getOrganisationReferral(gpAmager, referralId), gpAmager, { type: "Referral", id: referralId })).rejects.toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;404",
    });
    const rows = await refusalsOf(gpAmager.id, since);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "access.refused",
      userId: "demo-user-gp-amager",
      role: "GP",
      organisationId: "demo-org-practice-amager",
      entityType: "Referral",
      entityId: referralId,
      citizenId: null,
      // Outside a request there is no path, address or browser; the e2e test and the unit tests cover those.
      details: { status: 404, via: "page", path: null, permission: null },
    });
    expect(JSON.stringify(rows[0])).not.toMatch(/\d{6}-?\d{4}/);
  });

  it("the owner's own look-up finds it and records no refusal", async () => {
    const since = new Date();
    await expect(foundInScope(getOrganisationReferral(gp, referralId), gp, { type: "Referral", id: referralId })).resolves.toMatchObject({ id: referralId });
    expect(await refusalsOf(gp.id, since)).toEqual([]);
  });

  it("in an action: the lib's AppError names the referral, and the wrapper's recording writes the row", async () => {
    const since = new Date();
    const error = await answerInformationRequest(gpAmager, { referralId, answer: "Et svar til en anden praksis' henvisning" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    await recordRefusingError(gpAmager, error as AppError, "referral:read-own-organisation");
    const rows = await refusalsOf(gpAmager.id, since);
    expect(rows.map((row) => [row.action, row.entityType, row.entityId, row.details])).toEqual([
      ["access.refused", "Referral", referralId, { status: 404, via: "page", path: null, permission: "referral:read-own-organisation" }],
    ]);
  });

  it("a CONFLICT or an INVALID is no refusal and writes nothing", async () => {
    const since = new Date();
    await recordRefusingError(gpAmager, new AppError("CONFLICT", "offers.changedMeanwhile"));
    await recordRefusingError(gpAmager, new AppError("INVALID", FIELDS_MESSAGE));
    expect(await refusalsOf(gpAmager.id, since)).toEqual([]);
  });
});

describe("the cap on recorded refusals", () => {
  it(`200 refusals at once write ${REFUSALS_PER_WINDOW} rows and one saying the rest were suppressed; the next window records again`, async () => {
    const prober = await freshUser();
    const since = new Date();
    const now = new Date();
    await Promise.all(
      Array.from({ length: 200 }, (_, i) => recordRefusal(prober, { status: i % 2 ? 404 : 403, permission: "referral:read-own-organisation", subject: { type: "Referral", id: `cm-guess-${i}` } }, now)),
    );
    const rows = await refusalsOf(prober.id, since);
    expect(rows.filter((row) => row.action === "access.refused")).toHaveLength(REFUSALS_PER_WINDOW);
    const suppressed = rows.filter((row) => row.action === "access.refusals_suppressed");
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]).toMatchObject({ userId: prober.id, role: "GP", organisationId: prober.organisationId, details: { limit: REFUSALS_PER_WINDOW, windowMinutes: REFUSAL_WINDOW_MINUTES } });

    // Another user is not held back by the prober's cap.
    const other = await freshUser();
    await recordRefusal(other, { status: 403, permission: "audit:read" }, now);
    expect((await refusalsOf(other.id, since)).map((row) => row.action)).toEqual(["access.refused"]);

    const nextWindow = new Date(now.getTime() + REFUSAL_WINDOW_MINUTES * 60 * 1000);
    await recordRefusal(prober, { status: 404, subject: { type: "Referral", id: "cm-guess-next" } }, nextWindow);
    const after = await refusalsOf(prober.id, since);
    expect(after).toHaveLength(REFUSALS_PER_WINDOW + 2);
    expect(after.at(-1)).toMatchObject({ action: "access.refused", entityId: "cm-guess-next" });
  });
});

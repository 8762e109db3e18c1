import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { sealCitizenSearchFor } from "@/lib/citizens/citizen-search";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { createReferral } from "@/lib/referrals/create-referral";
import { listOrganisationReferrals } from "@/lib/referrals/list-organisation-referrals";
import { openReferralSearch } from "@/lib/referrals/open-referral-search";
import { parseReferralListFilters } from "@/lib/referrals/referral-list-filters";
import { referralSearchSchema, type ReferralSearch } from "@/lib/referrals/referral-search";
import { listTriageQueue } from "@/lib/triage/list-triage-queue";
import { parseQueueSearch } from "@/lib/triage/schemas";
import { parseInboxFilters } from "@/lib/unit-inbox/inbox-filters";
import { listUnitInbox } from "@/lib/unit-inbox/list-unit-inbox";
import { demoSession, referralForm, uniqueCpr } from "../support/factories";

// "Find én henvisning" by number, CPR number or name in each list, as the page runs it: what was typed is parsed with
// the field's schema (through the sealed search id, as the search route hands it on) and narrows the list's own query.
// One citizen is referred by two practices, to a unit and to central triage, so each list must find only its own.

let nurse: SessionUser;
let otherPractice: SessionUser;
let coordinator: SessionUser;
let lungStaff: SessionUser;
const cpr = uniqueCpr();
let nurseToUnit: string;
let nurseToTriage: string;
let otherToUnit: string;
let otherToTriage: string;
let namesake: string;

async function send(referrer: SessionUser, overrides: Record<string, string | undefined>) {
  const sent = await createReferral(referrer, referralForm(overrides));
  if (sent.kind !== "sent") throw new Error("expected the referral to be sent");
  return sent.referralId;
}
const toUnit = { offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL" };

/** What was typed, as the field's schema reads it. */
const typed = (value: string): ReferralSearch | undefined => referralSearchSchema.parse(value);
const ids = (page: { rows: { id: string }[] }) => page.rows.map((row) => row.id).sort();

const mine = async (user: SessionUser, value: string) => ids(await listOrganisationReferrals(user, { ...parseReferralListFilters({}), nr: typed(value) }));
const inbox = async (value: string) => ids(await listUnitInbox(lungStaff, { ...parseInboxFilters({ status: "all" }), nr: typed(value) }));
const queue = async (value: string) => ids(await listTriageQueue(coordinator, { ...parseQueueSearch({}), nr: typed(value) }));

beforeAll(async () => {
  await seedDemoData(await getDb());
  [nurse, otherPractice, coordinator, lungStaff] = (await Promise.all(
    ["demo-user-nurse", "demo-user-gp-amager", "demo-user-triage", "demo-user-unit-lung"].map(demoSession),
  )) as [SessionUser, SessionUser, SessionUser, SessionUser];
  const citizen = { cpr, citizenName: "Borghild Æbelø-Kragh" };
  nurseToUnit = await send(nurse, { ...citizen, ...toUnit });
  nurseToTriage = await send(nurse, citizen);
  // The other practice wrote the same citizen's name in its own way (decision 006).
  otherToUnit = await send(otherPractice, { ...citizen, citizenName: "Borghild Kragh", ...toUnit });
  otherToTriage = await send(otherPractice, { ...citizen, citizenName: "Borghild Kragh" });
  namesake = await send(nurse, { citizenName: "Kragh Sørensen" });
});

describe("find one referral by CPR number", () => {
  it("finds the citizen's referrals in each list, with or without the dash, and only the list's own", async () => {
    for (const value of [cpr, cpr.replace("-", ""), ` ${cpr} `]) {
      expect(await mine(nurse, value)).toEqual([nurseToUnit, nurseToTriage].sort());
      expect(await mine(otherPractice, value)).toEqual([otherToUnit, otherToTriage].sort());
      expect(await inbox(value)).toEqual([nurseToUnit, otherToUnit].sort());
      expect(await queue(value)).toEqual([nurseToTriage, otherToTriage].sort());
    }
  });

  it("finds nothing for a CPR number no citizen has", async () => {
    const nobody = uniqueCpr();
    expect(await mine(nurse, nobody)).toEqual([]);
    expect(await queue(nobody)).toEqual([]);
  });

  it("says what is wrong with a number that is no CPR number", () => {
    expect(referralSearchSchema.safeParse("320161-4285").error?.issues[0]?.message).toBe("referrals.cprDate");
    expect(referralSearchSchema.safeParse("12345678901").error?.issues[0]?.message).toBe("listSearch.invalid");
  });
});

describe("find one referral by name", () => {
  it("matches part of the name the list's referral holds, whatever the case, Danish letters too", async () => {
    expect(await mine(nurse, "borghild")).toEqual([nurseToUnit, nurseToTriage].sort());
    expect(await mine(nurse, "ÆBELØ")).toEqual([nurseToUnit, nurseToTriage].sort());
    expect(await mine(nurse, "  æbelø-kragh ")).toEqual([nurseToUnit, nurseToTriage].sort());
    expect(await mine(nurse, "kragh")).toEqual([nurseToUnit, nurseToTriage, namesake].sort());
    // Each practice's own words: the other practice did not write "Æbelø".
    expect(await mine(otherPractice, "æbelø")).toEqual([]);
    expect(await inbox("KRAGH")).toEqual([nurseToUnit, otherToUnit].sort());
    expect(await queue("kragh")).toEqual([nurseToTriage, otherToTriage, namesake].sort());
  });

  it("counts the queue's views under the search", async () => {
    const { counts } = await listTriageQueue(coordinator, { ...parseQueueSearch({}), nr: typed("æbelø") });
    expect(counts.unassigned).toBe(1);
  });

  it("never finds a pseudonymised referral by the name or CPR number it had", async () => {
    const db = await getDb();
    const gone = await send(nurse, { cpr, citizenName: "Borghild Æbelø-Kragh", duplicateReason: "Borgeren har et nyt behov" });
    await db.referral.update({ where: { id: gone }, data: { pseudonymisedAt: new Date() } });
    expect(await mine(nurse, "æbelø")).not.toContain(gone);
    expect(await mine(nurse, cpr)).not.toContain(gone);
  });
});

describe("find one referral by number", () => {
  it("finds it only in its own list", async () => {
    const { number } = await (await getDb()).referral.findUniqueOrThrow({ where: { id: nurseToUnit }, select: { number: true } });
    expect(await mine(nurse, String(number))).toEqual([nurseToUnit]);
    expect(await mine(otherPractice, String(number))).toEqual([]);
    expect(await inbox(String(number))).toEqual([nurseToUnit]);
    expect(await queue(String(number))).toEqual([]);
  });
});

describe("the search is audit-logged", () => {
  const searches = async (userId: string, since: Date) =>
    (await getDb()).auditLog.findMany({ where: { userId, action: "referral.search", at: { gte: since } }, select: { citizenId: true, details: true } });

  it("logs how it searched and what it found, naming the citizen of a CPR search but never the number or the name typed", async () => {
    const since = new Date();
    const citizen = await (await getDb()).citizen.findUniqueOrThrow({ where: { cpr: cpr.replace("-", "") }, select: { id: true } });
    await mine(nurse, cpr);
    await inbox("æbelø");
    await queue("99999999");
    expect(await searches(nurse.id, since)).toEqual([{ citizenId: citizen.id, details: { list: "organisation", by: "cpr", found: 2 } }]);
    expect(await searches(lungStaff.id, since)).toEqual([{ citizenId: null, details: { list: "unit", by: "name", found: 1 } }]);
    expect(await searches(coordinator.id, since)).toEqual([{ citizenId: null, details: { list: "triage", by: "number", found: 0 } }]);
    const logged = JSON.stringify(await (await getDb()).auditLog.findMany({ where: { at: { gte: since } } }));
    expect(logged).not.toContain(cpr.replace("-", ""));
    expect(logged).not.toContain(cpr.slice(7));
    expect(logged.toLowerCase()).not.toContain("æbelø");
    // The rows shown are logged as the list logs them, each naming its citizen.
    expect(await (await getDb()).auditLog.count({ where: { userId: nurse.id, action: "referral.list.organisation", citizenId: citizen.id, at: { gte: since } } })).toBe(2);
  });

  it("logs nothing as a search when there is none", async () => {
    const since = new Date();
    await listOrganisationReferrals(nurse, parseReferralListFilters({}));
    expect(await searches(nurse.id, since)).toEqual([]);
  });
});

describe("the search as the list's URL holds it", () => {
  it("opens a sealed CPR or name search for the user who searched, with a fresh id for the page's links", () => {
    const find = sealCitizenSearchFor(nurse, cpr);
    const opened = openReferralSearch(nurse, parseReferralListFilters({ find }));
    expect(opened).toMatchObject({ search: { by: "cpr", cpr: cpr.replace("-", "") }, typed: cpr });
    expect(opened.find).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(opened.find).not.toBe(find);
    expect(openReferralSearch(nurse, parseReferralListFilters({ find: opened.find }))).toMatchObject({ search: { by: "cpr" } });
  });

  it("refuses another user's search id, keeps a wrong search in the field with its message, and reads a number from nr", () => {
    expect(openReferralSearch(otherPractice, parseReferralListFilters({ find: sealCitizenSearchFor(nurse, cpr) }))).toEqual({
      typed: "",
      error: { key: "listSearch.expired", values: { minutes: 15 } },
    });
    expect(openReferralSearch(nurse, parseReferralListFilters({ find: sealCitizenSearchFor(nurse, "B") }))).toEqual({
      typed: "B",
      error: { key: "listSearch.invalid", values: { minimum: 3 } },
    });
    expect(openReferralSearch(nurse, parseReferralListFilters({ nr: "1042" }))).toEqual({ search: { by: "number", number: 1042 }, typed: "1042" });
    // A CPR number or a name in the URL's nr is no search.
    for (const nr of [cpr, "Borghild"]) expect(openReferralSearch(nurse, parseReferralListFilters({ nr }))).toEqual({ search: undefined, typed: "" });
  });
});

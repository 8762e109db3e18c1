import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { encodeCursor, type ListPage } from "@/lib/paging/cursor";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import { createReferral } from "@/lib/referrals/create-referral";
import { listOrganisationReferrals } from "@/lib/referrals/list-organisation-referrals";
import { parseReferralListFilters } from "@/lib/referrals/referral-list-filters";
import { CLOSED_STATUSES } from "@/lib/referrals/transitions";
import { listTriageQueue } from "@/lib/triage/list-triage-queue";
import { parseQueueSearch } from "@/lib/triage/schemas";
import { parseInboxFilters } from "@/lib/unit-inbox/inbox-filters";
import { listUnitInbox } from "@/lib/unit-inbox/list-unit-inbox";
import { demoSession, referralForm } from "../support/factories";

// Every list is paged three rows at a time over referrals that share one sort-key value (a tie the id must break),
// with the cursor taken through the list's URL parser as the page's links carry it.
const TAKE = 3;
const TIED_AT = new Date("2021-03-04T05:06:07.089Z");

let nurse: SessionUser;
let otherPractice: SessionUser;
let coordinator: SessionUser;
let lungStaff: SessionUser;
let toUnit: string[];
let toTriage: string[];
let otherPracticeTied: string;

async function send(referrer: SessionUser, overrides: Record<string, string | undefined> = {}) {
  const sent = await createReferral(referrer, referralForm(overrides));
  if (sent.kind !== "sent") throw new Error("expected the referral to be sent");
  return sent.referralId;
}

/** Gives the referrals one sent and one last-change time, so their order within it is only their id. */
async function tie(ids: string[]) {
  const db = await getDb();
  await db.$executeRaw`UPDATE "Referral" SET "sentAt" = ${TIED_AT}, "updatedAt" = ${TIED_AT} WHERE id = ANY(${ids})`;
}

/** Follows the `next` cursors to the last page; returns every row id in the order shown. */
async function pageThrough(load: (after?: string) => Promise<ListPage<{ id: string }>>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < 1000; pages += 1) {
    const page = await load(after);
    expect(page.rows.length).toBeLessThanOrEqual(TAKE);
    ids.push(...page.rows.map((row) => row.id));
    if (!page.next) return ids;
    expect(page.rows).toHaveLength(TAKE);
    after = page.next;
  }
  throw new Error("the list did not end");
}

function expectEachOnce(ids: string[], expected: string[]) {
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(expect.arrayContaining(expected));
}

/** The tied rows appear in id order (descending lists: reversed), side by side. */
function expectTiedInIdOrder(ids: string[], tied: string[], direction: "asc" | "desc") {
  const sorted = [...tied].sort();
  const shown = ids.filter((id) => tied.includes(id));
  expect(shown).toEqual(direction === "asc" ? sorted : sorted.reverse());
}

beforeAll(async () => {
  await seedDemoData(await getDb());
  [nurse, otherPractice, coordinator, lungStaff] = (await Promise.all(
    ["demo-user-nurse", "demo-user-gp-amager", "demo-user-triage", "demo-user-unit-lung"].map(demoSession),
  )) as [SessionUser, SessionUser, SessionUser, SessionUser];
  toUnit = [];
  for (let index = 0; index < 7; index += 1) toUnit.push(await send(nurse, { offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL" }));
  toTriage = [];
  for (let index = 0; index < 7; index += 1) toTriage.push(await send(nurse));
  otherPracticeTied = await send(otherPractice, { offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL" });
  await tie([...toUnit, ...toTriage, otherPracticeTied]);
});

describe("keyset paging of the lists", () => {
  it("Mine henvisninger: every referral of the practice once across the pages, ties by id, never another practice's", async () => {
    const ids = await pageThrough(async (after) => listOrganisationReferrals(nurse, parseReferralListFilters({ after }), TAKE));
    expectEachOnce(ids, [...toUnit, ...toTriage]);
    expectTiedInIdOrder(ids, [...toUnit, ...toTriage], "desc");
    expect(ids).not.toContain(otherPracticeTied);
  });

  it("the unit inbox, newest first and waited longest first: every referral once, ties by id", async () => {
    for (const [view, direction] of [
      ["newest", "desc"],
      ["oldest", "asc"],
    ] as const) {
      const ids = await pageThrough(async (after) => listUnitInbox(lungStaff, parseInboxFilters({ view, status: "all", after }), TAKE));
      expectEachOnce(ids, toUnit);
      expectTiedInIdOrder(ids, toUnit, direction);
      expect(ids).not.toContain(toTriage[0]);
    }
    // Another practice's referral to the same unit is the unit's: it is in the inbox.
    expect(await pageThrough(async (after) => listUnitInbox(lungStaff, parseInboxFilters({ status: "all", after }), TAKE))).toContain(otherPracticeTied);
  });

  it("the triage queue: every unassigned case once, oldest first, ties by id; a unit's referral never", async () => {
    const ids = await pageThrough(async (after) => listTriageQueue(coordinator, parseQueueSearch({ after }), TAKE));
    expectEachOnce(ids, toTriage);
    expectTiedInIdOrder(ids, toTriage, "asc");
    expect(ids).not.toContain(toUnit[0]);
  });

  it("keeps the filters on later pages", async () => {
    const statuses: ReferralStatus[] = [];
    const ids = await pageThrough(async (after) => {
      const page = await listOrganisationReferrals(nurse, parseReferralListFilters({ status: "closed", after }), TAKE);
      statuses.push(...page.rows.map((row) => row.status));
      return page;
    });
    expect(ids).not.toContain(toUnit[0]);
    expect(statuses.filter((status) => !CLOSED_STATUSES.includes(status))).toEqual([]);
    const open = await pageThrough(async (after) => listTriageQueue(coordinator, parseQueueSearch({ priority: "HIGH", after }), TAKE));
    expect(open).not.toContain(toTriage[0]);
  });

  it("a forged or garbled cursor counts as none: the first page", async () => {
    const first = (await listOrganisationReferrals(nurse, parseReferralListFilters({}), TAKE)).rows.map((row) => row.id);
    const forged = [
      "not-a-cursor",
      Buffer.from('["yesterday","x"]').toString("base64url"),
      Buffer.from('[1,"a\' OR 1=1 --"]').toString("base64url"),
      "x".repeat(500),
    ];
    for (const after of forged) {
      expect(parseReferralListFilters({ after }).after).toBeUndefined();
      expect((await listOrganisationReferrals(nurse, parseReferralListFilters({ after }), TAKE)).rows.map((row) => row.id)).toEqual(first);
    }
  });

  it("a cursor from another practice's list shows nothing of that practice", async () => {
    const after = encodeCursor({ at: new Date(TIED_AT.getTime() + 1), id: otherPracticeTied });
    const ids = await pageThrough(async (next) => listOrganisationReferrals(nurse, parseReferralListFilters({ after: next ?? after }), TAKE));
    expect(ids).not.toContain(otherPracticeTied);
    expectEachOnce(ids, [...toUnit, ...toTriage]);
  });
});

describe("find one referral by number", () => {
  const numberOf = async (id: string) => (await (await getDb()).referral.findUniqueOrThrow({ where: { id }, select: { number: true } })).number;
  const auditedFor = async (userId: string, action: string, entityId: string) =>
    (await getDb()).auditLog.count({ where: { userId, action, entityId } });

  it("finds it in each list it belongs to, audit-logged like the list, and never outside the list's scope", async () => {
    const [unitNumber, triageNumber, otherNumber] = await Promise.all([numberOf(toUnit[0]!), numberOf(toTriage[0]!), numberOf(otherPracticeTied)]);
    const mine = async (nr: number) => (await listOrganisationReferrals(nurse, parseReferralListFilters({ nr: String(nr) }))).rows.map((row) => row.id);
    const before = await auditedFor(nurse.id, "referral.list.organisation", toUnit[0]!);
    expect(await mine(unitNumber)).toEqual([toUnit[0]]);
    expect(await auditedFor(nurse.id, "referral.list.organisation", toUnit[0]!)).toBe(before + 1);
    expect(await mine(otherNumber)).toEqual([]);

    const inbox = async (nr: number) => (await listUnitInbox(lungStaff, parseInboxFilters({ status: "all", nr: String(nr) }))).rows.map((row) => row.id);
    expect(await inbox(unitNumber)).toEqual([toUnit[0]]);
    expect(await inbox(triageNumber)).toEqual([]);

    const queue = async (nr: number) => (await listTriageQueue(coordinator, parseQueueSearch({ nr: String(nr) }))).rows.map((row) => row.id);
    expect(await queue(triageNumber)).toEqual([toTriage[0]]);
    expect(await queue(unitNumber)).toEqual([]);
  });

  it("takes only digits, at most eight — never a CPR number — and counts anything else as no search", () => {
    expect(parseReferralListFilters({ nr: " 1042 " }).nr).toEqual({ by: "number", number: 1042 });
    for (const nr of ["0707614285", "070761-4285", "12a", "", "123456789"]) expect(parseReferralListFilters({ nr }).nr).toBeUndefined();
  });
});

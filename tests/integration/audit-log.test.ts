import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { actionKey, isAuditAction } from "@/lib/audit/actions";
import type { AuditLabels } from "@/lib/audit/audit-csv";
import { exportAuditLog } from "@/lib/audit/export-audit-log";
import { parseAuditSearch, type AuditFilter, type AuditPage } from "@/lib/audit/schemas";
import { searchAuditLog } from "@/lib/audit/search-audit-log";
import { exportSubjectReport, getSubjectReport } from "@/lib/audit/subject-report";
import type { SessionUser } from "@/lib/auth/session-user";
import { maskCpr } from "@/lib/citizens/cpr";
import { getDb } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createReferral } from "@/lib/referrals/create-referral";
import { getDraft, saveDraft } from "@/lib/referrals/drafts";
import { findDuplicates } from "@/lib/referrals/find-duplicates";
import { listOrganisationReferrals } from "@/lib/referrals/list-organisation-referrals";
import { copenhagenDay } from "@/lib/time/copenhagen";
import { listUnitInbox } from "@/lib/unit-inbox/list-unit-inbox";
import { getTriageCase } from "@/lib/triage/get-triage-case";
import { listTriageQueue } from "@/lib/triage/list-triage-queue";
import { parseQueueSearch } from "@/lib/triage/schemas";
import { openUnitReferral } from "@/lib/unit-inbox/open-unit-referral";
import { demoSession, referralForm, uniqueCpr } from "../support/factories";

// The audit log on real PostgreSQL: that look-ups and changes name the citizen, the administrator's search by each
// filter, keyset pages, the CSV export streamed in batches, and the citizen's access report — each itself audited.
// Other specs share the database: every test looks only at its own citizens, or at rows it can tell apart.

let nurse: SessionUser;
let gpAmager: SessionUser;
let lungStaff: SessionUser;
let coordinator: SessionUser;
let admin: SessionUser;

const messages = JSON.parse(readFileSync(new URL("../../lib/i18n/messages/da.json", import.meta.url), "utf8"));
/** The Danish words, straight from the messages (the pages get the same ones through next-intl). */
const labels: AuditLabels = {
  columns: messages.audit.columns,
  action: (action) => (isAuditAction(action) ? messages.audit.actions[actionKey(action)] : action),
  role: (role) => messages.roles[role],
  entity: (entity) => (entity.type === "Referral" ? `Henvisning nr. ${entity.number}` : entity.type),
  pseudonymised: messages.audit.pseudonymised,
};

/** The search as the page reads it: the CPR field comes from the search id, here already opened. */
const filter = ({ cpr, ...params }: Record<string, string>): AuditFilter => {
  const search = parseAuditSearch(params, cpr === undefined ? undefined : { ok: true, typed: cpr });
  if (!search.ok) throw new Error(`bad filter ${JSON.stringify(search.fieldErrors)}`);
  return search.filter;
};

async function sendToLungUnit(sender: SessionUser, cpr = uniqueCpr()) {
  const result = await createReferral(sender, referralForm({ cpr, offerSlug: "mere-luft-i-hverdagen-kol", diagnoses: "KOL" }));
  if (result.kind !== "sent") throw new Error("expected the referral to be sent");
  const db = await getDb();
  const { citizenId } = await db.referral.findUniqueOrThrow({ where: { id: result.referralId }, select: { citizenId: true } });
  return { referralId: result.referralId, citizenId, cpr: cpr.replace("-", "") };
}

/** A citizen with nothing else on record, and audit rows written straight to the table. */
async function citizenWithRows(rows: (Omit<Prisma.AuditLogCreateManyInput, "citizenId" | "action"> & { action?: string })[]) {
  const db = await getDb();
  const cpr = uniqueCpr().replace("-", "");
  const citizen = await db.citizen.create({ data: { cpr } });
  await db.auditLog.createMany({ data: rows.map((row) => ({ action: "citizen.cpr.read", ...row, citizenId: citizen.id })) });
  return { citizenId: citizen.id, cpr };
}

/** The whole stream; `text` decoded as UTF-8, without the byte order mark (which `bytes` keeps). */
async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number; bytes: Uint8Array }> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) parts.push(read.value);
  const bytes = new Uint8Array(parts.reduce((size, part) => size + part.length, 0));
  parts.reduce((offset, part) => (bytes.set(part, offset), offset + part.length), 0);
  return { text: new TextDecoder().decode(bytes), chunks: parts.length, bytes };
}

/** RFC 4180 with ";" between cells: quoted cells may hold ;, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ";") row.push(cell), (cell = "");
    else if (char === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += char;
  }
  return rows;
}

const auditRows = async (where: Prisma.AuditLogWhereInput) => (await getDb()).auditLog.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }] });

beforeAll(async () => {
  await seedDemoData(await getDb());
  nurse = await demoSession("demo-user-nurse");
  gpAmager = await demoSession("demo-user-gp-amager");
  lungStaff = await demoSession("demo-user-unit-lung");
  coordinator = await demoSession("demo-user-triage");
  admin = await demoSession("demo-user-admin");
});

describe("every look-up and change names its citizen", () => {
  it("logs each referral a list showed, with its citizen: the unit's inbox, the practice's list and the triage queue", async () => {
    const atUnit = await sendToLungUnit(nurse);
    const triage = await createReferral(nurse, referralForm({ needSlugs: ["stress"] }));
    if (triage.kind !== "sent") throw new Error("expected the referral to be sent");
    await listUnitInbox(lungStaff);
    await listOrganisationReferrals(nurse);
    await listTriageQueue(coordinator, parseQueueSearch({}));
    expect(await auditRows({ action: "referral.list.unit", userId: lungStaff.id, entityId: atUnit.referralId })).toEqual([
      expect.objectContaining({ citizenId: atUnit.citizenId, entityType: "Referral", organisationId: lungStaff.organisationId, role: "UNIT_STAFF" }),
    ]);
    expect(await auditRows({ action: "referral.list.organisation", userId: nurse.id, entityId: atUnit.referralId, citizenId: atUnit.citizenId })).toHaveLength(1);
    const triageCitizen = (await (await getDb()).referral.findUniqueOrThrow({ where: { id: triage.referralId } })).citizenId;
    expect(await auditRows({ action: "referral.list.triage", userId: coordinator.id, entityId: triage.referralId, citizenId: triageCitizen })).toHaveLength(1);
  });

  it("logs the full-CPR views of the unit and of central triage, and the unit's first opening as a change", async () => {
    const { referralId, citizenId } = await sendToLungUnit(nurse);
    await openUnitReferral(lungStaff, referralId);
    expect(await auditRows({ entityId: referralId, userId: lungStaff.id })).toEqual([
      expect.objectContaining({ action: "citizen.cpr.read", citizenId }),
      expect.objectContaining({ action: "referral.seen", citizenId }),
    ]);
    const triage = await createReferral(nurse, referralForm({ needSlugs: ["stress"] }));
    if (triage.kind !== "sent") throw new Error("expected the referral to be sent");
    await getTriageCase(coordinator, triage.referralId);
    expect(await auditRows({ entityId: triage.referralId, userId: coordinator.id, action: "citizen.cpr.read" })).toHaveLength(1);
  });

  it("logs the duplicates shown before sending, naming the citizen", async () => {
    const first = await sendToLungUnit(nurse);
    const shown = await findDuplicates(nurse, first.cpr, "mere-luft-i-hverdagen-kol");
    expect(shown.map((duplicate) => duplicate.id)).toEqual([first.referralId]);
    expect(shown[0]).not.toHaveProperty("citizenId");
    expect(await auditRows({ action: "referral.duplicates_shown", userId: nurse.id, entityId: first.referralId })).toEqual([expect.objectContaining({ citizenId: first.citizenId })]);
  });

  it("logs a draft when it is started and each time it is shown again, not every autosave", async () => {
    const key = randomUUID();
    await saveDraft(nurse, key, { cpr: uniqueCpr(), citizenName: "Kladde Borger" });
    await saveDraft(nurse, key, { cpr: uniqueCpr(), citizenName: "Kladde Borger", needsText: "Åndenød" });
    expect(await getDraft(nurse, key)).not.toBeNull();
    const rows = await auditRows({ entityType: "ReferralDraft", entityId: key });
    expect(rows.map((row) => row.action).sort()).toEqual(["referral.draft.create", "referral.draft.read"]);
    expect(rows.every((row) => row.userId === nurse.id)).toBe(true);
  });
});

describe("searching the audit log", () => {
  it("is for administrators only", async () => {
    await expect(searchAuditLog(nurse, {})).rejects.toMatchObject({ name: "AppError", code: "FORBIDDEN" });
    await expect(searchAuditLog(lungStaff, {})).rejects.toMatchObject({ name: "AppError", code: "FORBIDDEN" });
  });

  it("finds a citizen's rows by CPR number, from every organisation, with the number masked, and logs the search", async () => {
    const { referralId, citizenId, cpr } = await sendToLungUnit(nurse);
    await sendToLungUnit(gpAmager, cpr);
    await openUnitReferral(lungStaff, referralId);
    const { rows } = await searchAuditLog(admin, filter({ cpr: `${cpr.slice(0, 6)}-${cpr.slice(6)}` }));
    // The search's own row is written after it read the log.
    expect(rows.map((row) => row.id)).toEqual((await auditRows({ citizenId, action: { not: "audit.search.cpr" } })).map((row) => row.id));
    expect(new Set(rows.map((row) => row.organisation))).toEqual(new Set([nurse.organisationName, gpAmager.organisationName, lungStaff.organisationName]));
    expect(rows.every((row) => row.citizen !== "pseudonymised" && row.citizen?.cpr === maskCpr(cpr))).toBe(true);
    expect(rows.find((row) => row.action === "citizen.cpr.read")).toMatchObject({ user: { name: "Sara Nielsen" }, role: "UNIT_STAFF", entity: { type: "Referral" } });
    expect(await auditRows({ action: "audit.search.cpr", userId: admin.id, citizenId })).toEqual([
      expect.objectContaining({ details: { filter: { cpr: maskCpr(cpr) }, found: true }, organisationId: admin.organisationId, role: "ADMIN" }),
    ]);
  });

  it("finds nothing for a CPR number nobody has, and logs that search without naming anyone", async () => {
    const cpr = uniqueCpr().replace("-", "");
    expect((await searchAuditLog(admin, filter({ cpr }))).rows).toEqual([]);
    expect(await auditRows({ action: "audit.search.cpr", userId: admin.id, citizenId: null })).toEqual(
      expect.arrayContaining([expect.objectContaining({ details: { filter: { cpr: maskCpr(cpr) }, found: false } })]),
    );
  });

  it("filters by user (name or e-mail), organisation and action", async () => {
    const { referralId } = await sendToLungUnit(nurse);
    await openUnitReferral(lungStaff, referralId);
    for (const user of ["sara niel", "SARA.NIELSEN@kk"]) {
      const { rows } = await searchAuditLog(admin, filter({ user }));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.user?.email === "sara.nielsen@kk.example")).toBe(true);
    }
    const byOrganisation = (await searchAuditLog(admin, filter({ organisation: "lungesygdomme" }))).rows;
    expect(byOrganisation.length).toBeGreaterThan(0);
    expect(byOrganisation.every((row) => row.organisation === lungStaff.organisationName)).toBe(true);
    const byAction = (await searchAuditLog(admin, filter({ action: "referral.seen" }))).rows;
    expect(byAction.some((row) => row.entity?.type === "Referral")).toBe(true);
    expect(byAction.every((row) => row.action === "referral.seen")).toBe(true);
    expect((await searchAuditLog(admin, filter({ user: "ingen-bruger-hedder-sådan" }))).rows).toEqual([]);
  });

  it("filters by period, whole days in Copenhagen's time", async () => {
    const { cpr } = await citizenWithRows(
      ["2020-01-14T22:59:59.999Z", "2020-01-14T23:00:00.000Z", "2020-01-15T10:00:00.000Z", "2020-01-15T22:59:59.999Z", "2020-01-15T23:00:00.000Z"].map((at) => ({ at: new Date(at), userId: lungStaff.id })),
    );
    const times = async (params: Record<string, string>) => (await searchAuditLog(admin, filter({ cpr, ...params }))).rows.map((row) => row.at.toISOString());
    expect(await times({ from: "2020-01-15", to: "2020-01-15" })).toEqual(["2020-01-15T22:59:59.999Z", "2020-01-15T10:00:00.000Z", "2020-01-14T23:00:00.000Z"]);
    expect(await times({ from: "16-01-2020", to: "31-12-2020" })).toEqual(["2020-01-15T23:00:00.000Z"]);
    expect(await times({ to: "14.01.2020" })).toEqual(["2020-01-14T22:59:59.999Z"]);
  });

  it("pages through the rows newest first by keyset, rows of the same millisecond included, forwards and back", async () => {
    const base = Date.parse("2021-06-01T12:00:00Z");
    // 120 rows, three to a millisecond, as a list writes them.
    const { cpr } = await citizenWithRows(Array.from({ length: 120 }, (_, index) => ({ at: new Date(base + Math.floor(index / 3)), userId: nurse.id })));
    // Up to the day of the rows: each page's search is logged for the citizen too, today.
    const search = filter({ cpr, to: "2021-06-01" });
    const pages: { ids: string[]; page: AuditPage }[] = [];
    let page: AuditPage = {};
    for (;;) {
      const result = await searchAuditLog(admin, search, page);
      pages.push({ ids: result.rows.map((row) => row.id), page });
      if (!result.older) break;
      page = { after: result.older };
    }
    expect(pages.map((shown) => shown.ids.length)).toEqual([50, 50, 20]);
    const db = await getDb();
    const citizen = await db.citizen.findUniqueOrThrow({ where: { cpr } });
    expect(pages.flatMap((shown) => shown.ids)).toEqual((await auditRows({ citizenId: citizen.id, action: { not: "audit.search.cpr" } })).map((row) => row.id));

    const last = await searchAuditLog(admin, search, pages[2]!.page);
    const back = await searchAuditLog(admin, search, { before: last.newer });
    expect(back.rows.map((row) => row.id)).toEqual(pages[1]!.ids);
    const first = await searchAuditLog(admin, search, { before: back.newer });
    expect(first.rows.map((row) => row.id)).toEqual(pages[0]!.ids);
    expect(first.newer).toBeUndefined();
  });
});

describe("the CSV export", () => {
  it("streams 20,000 rows in batches, for Danish Excel, escaped, and logs the export with its filter and size", async () => {
    const now = Date.now();
    // Two rows an attacker or a user could shape: a formula for a browser, a separator and a line break in the details.
    const { citizenId, cpr } = await citizenWithRows([
      { at: new Date(now - 60_000), userId: lungStaff.id, organisationId: lungStaff.organisationId, role: "UNIT_STAFF", ip: "203.0.113.7", userAgent: '=HYPERLINK("http://angriber.example";"Klik")' },
      { at: new Date(now - 60_001), userId: lungStaff.id, organisationId: lungStaff.organisationId, role: "UNIT_STAFF", ip: "203.0.113.7", details: { note: 'to linjer;\nmed "citat"' } },
    ]);
    // And 19,998 more, written by SQL: the fixture is not what is measured.
    const db = await getDb();
    await db.$executeRaw`
      INSERT INTO "AuditLog" (id, at, "userId", "organisationId", role, action, "citizenId", ip, "userAgent")
      SELECT ${citizenId} || '-' || g, ${new Date(now - 60_002)}::timestamp - (g || ' milliseconds')::interval, ${lungStaff.id}, ${lungStaff.organisationId}, 'UNIT_STAFF',
             'citizen.cpr.read', ${citizenId}, '203.0.113.7', 'Mozilla/5.0'
      FROM generate_series(1, 19998) AS g`;
    const started = performance.now();
    const result = await exportAuditLog(admin, filter({ cpr, from: copenhagenDay(new Date(now - 24 * 3600 * 1000)) }), labels);
    if (!result.ok) throw new Error(`refused: ${result.refusal}`);
    const { text, chunks, bytes } = await readAll(result.csv);
    const seconds = (performance.now() - started) / 1000;
    console.info(`CSV export: ${result.rows} rows, ${(bytes.length / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s, ${chunks} chunks`);

    expect(result.rows).toBe(20_000);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(chunks).toBeGreaterThan(10);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(["Tidspunkt", "Bruger", "E-mail", "Rolle", "Organisation", "Handling", "Handlingskode", "Vedrørende", "Borger (CPR)", "IP-adresse", "Browser", "Detaljer"]);
    expect(rows).toHaveLength(20_000);
    expect(rows[0]).toEqual([
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      "Sara Nielsen",
      "sara.nielsen@kk.example",
      "Medarbejder i enhed",
      lungStaff.organisationName,
      "Åbnede henvisningen med fuldt CPR-nummer",
      "citizen.cpr.read",
      "",
      maskCpr(cpr),
      "203.0.113.7",
      `'=HYPERLINK("http://angriber.example";"Klik")`,
      "",
    ]);
    expect(rows[1]?.[11]).toBe(JSON.stringify({ note: 'to linjer;\nmed "citat"' }));
    expect(text).not.toContain(cpr);
    expect(await auditRows({ action: "audit.export", userId: admin.id, citizenId })).toEqual([
      expect.objectContaining({ details: { filter: { cpr: maskCpr(cpr), from: copenhagenDay(new Date(now - 24 * 3600 * 1000)) }, rows: 20_000 } }),
    ]);
  });

  it("refuses a period longer than 13 months or without a start, and more rows than allowed, without exporting anything", async () => {
    const { cpr, citizenId } = await citizenWithRows(Array.from({ length: 30 }, (_, index) => ({ at: new Date(Date.now() - 60_000 - index), userId: nurse.id })));
    expect(await exportAuditLog(admin, filter({ cpr, from: "2024-01-01", to: "2025-02-02" }), labels)).toEqual({ ok: false, refusal: "period" });
    expect(await exportAuditLog(admin, filter({ cpr }), labels)).toEqual({ ok: false, refusal: "period" });
    const from = copenhagenDay(new Date(Date.now() - 24 * 3600 * 1000));
    expect(await exportAuditLog(admin, filter({ cpr, from }), labels, { maxRows: 29 })).toEqual({ ok: false, refusal: "rows" });
    expect(await auditRows({ action: "audit.export", citizenId })).toEqual([]);
    await expect(exportAuditLog(nurse, filter({ cpr, from }), labels)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("Hvem har set dette CPR-nummer?", () => {
  it("lists exactly the accesses to that citizen's data, newest first, and logs the report — which the next report shows", async () => {
    const subject = await sendToLungUnit(nurse);
    const other = await sendToLungUnit(nurse);
    await openUnitReferral(lungStaff, subject.referralId);
    await openUnitReferral(lungStaff, other.referralId);
    await listUnitInbox(lungStaff);

    const report = await getSubjectReport(admin, subject.cpr);
    const expected = await auditRows({ citizenId: subject.citizenId, action: { not: "audit.subject_report" } });
    expect(report.rows.map((row) => row.id)).toEqual(expected.map((row) => row.id));
    expect(report.total).toBe(expected.length);
    expect(report.rows.map((row) => row.action)).toEqual(expect.arrayContaining(["referral.create", "citizen.cpr.read", "referral.seen", "referral.list.unit"]));
    expect(report.rows.find((row) => row.action === "citizen.cpr.read")).toMatchObject({ user: { name: "Sara Nielsen" }, role: "UNIT_STAFF", organisation: lungStaff.organisationName });

    const logged = await auditRows({ action: "audit.subject_report", citizenId: subject.citizenId });
    expect(logged).toEqual([expect.objectContaining({ userId: admin.id, details: { rows: expected.length } })]);
    const again = await getSubjectReport(admin, subject.cpr);
    expect(again.rows[0]).toMatchObject({ id: logged[0]!.id, action: "audit.subject_report", user: { name: "Ole Mikkelsen" } });

    const onRecord = await auditRows({ citizenId: subject.citizenId });
    const csv = await exportSubjectReport(admin, subject.cpr, labels);
    if (!csv.ok) throw new Error("refused");
    const [, ...rows] = parseCsv((await readAll(csv.csv)).text);
    expect(rows.map((row) => row[6])).toEqual(onRecord.map((row) => row.action));
    expect(await auditRows({ action: "audit.subject_report.export", citizenId: subject.citizenId })).toHaveLength(1);
  });

  it("says nothing about a CPR number nobody has beyond 'no entries', and logs the question with the number masked", async () => {
    const cpr = uniqueCpr().replace("-", "");
    expect(await getSubjectReport(admin, cpr)).toEqual({ rows: [], total: 0 });
    const logged = await auditRows({ action: "audit.subject_report", userId: admin.id, citizenId: null });
    expect(logged.some((row) => JSON.stringify(row.details) === JSON.stringify({ cpr: maskCpr(cpr), rows: 0 }))).toBe(true);
    await expect(getSubjectReport(coordinator, cpr)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

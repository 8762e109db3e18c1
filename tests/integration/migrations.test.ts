import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
// @ts-expect-error plain .mjs helpers shared with the set-up scripts
import { createDatabase, dropDatabase, withDatabase } from "../../scripts/lib/postgres.mjs";
// @ts-expect-error plain .mjs helpers shared with the set-up scripts
import { DIFF_ARGS, runMigrate } from "../../scripts/migrate.mjs";
import { SERVER_URL } from "../support/test-database";

describe("migrations", () => {
  // `migrate deploy` on an empty database is what the global setup of this very run did.
  it("match the schema exactly (prisma migrate diff is empty)", async () => {
    const output: string = await runMigrate(DIFF_ARGS, { quiet: true, env: { DATABASE_URL: inject("databaseUrl") } });
    expect(output).toContain("No difference detected");
  });
});

// Decision 006: the contact details move from the shared citizen row onto each referral. Data written the old way must
// arrive on the referral, on PostgreSQL and on the embedded database (the same SQL files, applied one by one).

const MIGRATIONS_DIR = join(process.cwd(), "prisma", "migrations");
const CONTACT_DETAILS_PER_REFERRAL = "20261202011208_contact_details_per_referral";
const migrations = readdirSync(MIGRATIONS_DIR).filter((name) => /^\d+_/.test(name)).sort();
const sqlOf = (name: string) => readFileSync(join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");

interface Sql {
  exec(sql: string): Promise<unknown>;
  rows(sql: string): Promise<Record<string, unknown>[]>;
}

const OLD_WAY = `
  INSERT INTO "Organisation" (id, type, name) VALUES ('org-a', 'GP_PRACTICE', 'Praksis A');
  INSERT INTO "User" (id, email, name, role, "organisationId") VALUES ('user-a', 'a@example.test', 'Læge A', 'GP', 'org-a');
  INSERT INTO "Citizen" (id, cpr, name, phone, "bestTimeToCall", "preferredChannel", language, "needsInterpreter", district, "updatedAt")
    VALUES ('citizen-1', '0707614285', 'Bent Jensen', '20112233', 'Formiddag', 'PHONE', 'tr', true, 'VALBY', now());
  INSERT INTO "Referral" (id, "idempotencyKey", "referrerOrganisationId", "referrerUserId", "citizenId", route, status, "updatedAt")
    VALUES ('referral-open', 'key-open', 'org-a', 'user-a', 'citizen-1', 'UNIT', 'RECEIVED', now());
  INSERT INTO "Referral" (id, "idempotencyKey", "referrerOrganisationId", "referrerUserId", "citizenId", route, status, "updatedAt", "closedAt", "pseudonymisedAt")
    VALUES ('referral-pseudonymised', 'key-old', 'org-a', 'user-a', 'citizen-1', 'UNIT', 'COMPLETED', now(), now(), now());`;

/** The migrations before `migration`, data written the old way, then `migration` itself. */
async function migrateOver(sql: Sql, migration: string, oldWay: string) {
  const mine = migrations.indexOf(migration);
  expect(mine).toBeGreaterThan(0);
  for (const name of migrations.slice(0, mine)) await sql.exec(sqlOf(name));
  await sql.exec(oldWay);
  await sql.exec(sqlOf(migration));
}

async function movesContactDetailsToReferrals(sql: Sql) {
  await migrateOver(sql, CONTACT_DETAILS_PER_REFERRAL, OLD_WAY);

  const referrals = await sql.rows(`
    SELECT id, "citizenName", "citizenPhone", "citizenBestTimeToCall", "citizenPreferredChannel"::text AS channel,
           "citizenLanguage", "citizenNeedsInterpreter", "citizenDistrict"::text AS district
    FROM "Referral" ORDER BY id`);
  expect(referrals).toEqual([
    { id: "referral-open", citizenName: "Bent Jensen", citizenPhone: "20112233", citizenBestTimeToCall: "Formiddag", channel: "PHONE", citizenLanguage: "tr", citizenNeedsInterpreter: true, district: "VALBY" },
    // Already pseudonymised by the retention job: it gets the pseudonym text, not the name the citizen row still held.
    { id: "referral-pseudonymised", citizenName: "Pseudonymiseret borger", citizenPhone: null, citizenBestTimeToCall: null, channel: null, citizenLanguage: "tr", citizenNeedsInterpreter: true, district: null },
  ]);
  const columns = await sql.rows(`SELECT column_name FROM information_schema.columns WHERE table_name = 'Citizen' ORDER BY column_name`);
  expect(columns.map((column) => column.column_name)).toEqual(["cpr", "createdAt", "id", "isDemo", "pseudonymisedAt", "updatedAt"]);
}

/** A migration's check on a fresh PostgreSQL database of its own. */
async function onPostgres(check: (sql: Sql) => Promise<void>) {
  const name = `portal_migration_${Math.random().toString(16).slice(2, 10)}`;
  await createDatabase(SERVER_URL, name);
  const client = new pg.Client({ connectionString: withDatabase(SERVER_URL, name) });
  await client.connect();
  try {
    await check({ exec: (sql) => client.query(sql), rows: async (sql) => (await client.query(sql)).rows });
  } finally {
    await client.end();
    await dropDatabase(SERVER_URL, name);
  }
}

/** The same on the embedded database (PGlite). */
async function onPglite(check: (sql: Sql) => Promise<void>) {
  const db = await PGlite.create({ extensions: { pg_trgm } });
  try {
    await check({ exec: (sql) => db.exec(sql), rows: async (sql) => (await db.query<Record<string, unknown>>(sql)).rows });
  } finally {
    await db.close();
  }
}

/** Starting the WebAssembly database is slow on a busy machine. */
const PGLITE_TIMEOUT = 120_000;

describe("the migration that moves contact details onto each referral", () => {
  it("copies each referral's citizen's details onto it on PostgreSQL", () => onPostgres(movesContactDetailsToReferrals));
  it("does the same on the embedded database (PGlite)", () => onPglite(movesContactDetailsToReferrals), PGLITE_TIMEOUT);
});

// A status event's reason string becomes typed details: every shape the code wrote arrives as its kind, by the event's
// type; anything else (and a code on an event type that never carried it) is kept as words, nothing is lost.

const TYPED_EVENT_DETAILS = "20261202050000_typed_event_details";

const REASONS_THE_OLD_WAY = `
  INSERT INTO "Organisation" (id, type, name) VALUES ('org-a', 'GP_PRACTICE', 'Praksis A');
  INSERT INTO "User" (id, email, name, role, "organisationId") VALUES ('user-a', 'a@example.test', 'Læge A', 'GP', 'org-a');
  INSERT INTO "Citizen" (id, cpr, "updatedAt") VALUES ('citizen-1', '0707614285', now());
  INSERT INTO "Referral" (id, "idempotencyKey", "referrerOrganisationId", "referrerUserId", "citizenId", route, status, "updatedAt", "citizenName", "citizenLanguage", "citizenNeedsInterpreter")
    VALUES ('referral-1', 'key-1', 'org-a', 'user-a', 'citizen-1', 'UNIT', 'RECEIVED', now(), 'Bent Jensen', 'da', false);
  INSERT INTO "ReferralEvent" (id, "referralId", type, "toStatus", reason) VALUES
    ('e01', 'referral-1', 'FIRST_MEETING_BOOKED', 'FIRST_MEETING_BOOKED', '2025-12-03T09:00:00.000Z'),
    ('e02', 'referral-1', 'CONTACT_ATTEMPT', 'RECEIVED', 'PHONE:NO_ANSWER'),
    ('e03', 'referral-1', 'CONTACT_ATTEMPT', 'RECEIVED', 'PIGEON:NO_ANSWER'),
    ('e04', 'referral-1', 'DECLINED', 'DECLINED', 'NEEDS_OTHER_HELP'),
    ('e05', 'referral-1', 'PRIORITY_CHANGED', 'RECEIVED', 'HIGH'),
    ('e06', 'referral-1', 'SENT', 'SENT', 'SPLIT'),
    ('e07', 'referral-1', 'FORWARDED', 'FORWARDED', 'TO_CENTRAL_TRIAGE'),
    ('e08', 'referral-1', 'ACCEPTED', 'ACCEPTED', 'HIGH'),
    ('e09', 'referral-1', 'FIRST_MEETING_BOOKED', 'FIRST_MEETING_BOOKED', 'ikke en dato'),
    ('e10', 'referral-1', 'RECEIVED', 'RECEIVED', NULL),
    ('e11', 'referral-1', 'RECEIVED', 'RECEIVED', '');`;

async function typesEventDetails(sql: Sql) {
  await migrateOver(sql, TYPED_EVENT_DETAILS, REASONS_THE_OLD_WAY);

  const events = await sql.rows(`SELECT id, details FROM "ReferralEvent" ORDER BY id`);
  expect(Object.fromEntries(events.map((event) => [event.id, event.details]))).toEqual({
    e01: { kind: "MEETING", at: "2025-12-03T09:00:00.000Z" },
    e02: { kind: "CONTACT", channel: "PHONE", outcome: "NO_ANSWER" },
    e03: { kind: "TEXT", text: "PIGEON:NO_ANSWER" },
    e04: { kind: "DECLINE", reason: "NEEDS_OTHER_HELP" },
    e05: { kind: "PRIORITY", priority: "HIGH" },
    e06: { kind: "SPLIT" },
    e07: { kind: "TO_CENTRAL_TRIAGE" },
    e08: { kind: "TEXT", text: "HIGH" },
    e09: { kind: "TEXT", text: "ikke en dato" },
    e10: null,
    e11: null,
  });
  const columns = await sql.rows(`SELECT column_name FROM information_schema.columns WHERE table_name = 'ReferralEvent' AND column_name IN ('reason', 'details')`);
  expect(columns.map((column) => column.column_name)).toEqual(["details"]);
}

describe("the migration that types a status event's details", () => {
  it("maps each reason shape to its details on PostgreSQL", () => onPostgres(typesEventDetails));
  it("does the same on the embedded database (PGlite)", () => onPglite(typesEventDetails), PGLITE_TIMEOUT);
});

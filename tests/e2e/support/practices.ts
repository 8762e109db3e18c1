import { randomUUID } from "node:crypto";
import pg from "pg";
import { uniqueName } from "./citizens";

/**
 * A demo GP in a practice of their own, whom no other story signs in as, so what a story does to them or their list
 * disturbs nobody (a second GP in a shared demo practice would make its nurse choose the responsible GP in every other
 * story). Sign in with `signInAs(page, { name, label: "Praktiserende læge" })`.
 */
export async function createDemoGp(first = "Kirsten"): Promise<{ name: string; email: string; label: "Praktiserende læge" }> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const name = uniqueName(first);
  const email = `${first.toLowerCase()}-${randomUUID()}@noerrebrogade.example`;
  const practiceId = `e2e-org-${randomUUID()}`;
  await db.query(`insert into "Organisation" (id, type, name, "isDemo") values ($1, 'GP_PRACTICE', $2, true)`, [practiceId, `Lægehuset ${name} (e2e)`]);
  await db.query(
    `insert into "User" (id, email, name, title, role, "organisationId", "isDemo") values ($1, $2, $3, 'Praktiserende læge', 'GP', $4, true)`,
    [`e2e-user-${randomUUID()}`, email, name, practiceId],
  );
  await db.end();
  return { name, email, label: "Praktiserende læge" };
}

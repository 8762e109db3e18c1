import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export const DEMO_USERS = {
  GP: { name: "Anne Holm", label: "Praktiserende læge" },
  PRACTICE_STAFF: { name: "Mette Sørensen", label: "Sygeplejerske eller sekretær i praksis" },
  JOBCENTRE_STAFF: { name: "Jonas Berg", label: "Medarbejder i jobcenter" },
  SOCIAL_WORKER: { name: "Fatima Ali", label: "Socialrådgiver" },
  HOSPITAL_STAFF: { name: "Peter Lund", label: "Medarbejder på hospital" },
  TRIAGE_COORDINATOR: { name: "Lone Vestergaard", label: "Koordinator i central visitation" },
  UNIT_STAFF: { name: "Sara Nielsen", label: "Medarbejder i enhed" },
  MANAGER: { name: "Helle Andersen", label: "Leder" },
  ADMIN: { name: "Ole Mikkelsen", label: "Administrator" },
} as const;

export type DemoRole = keyof typeof DEMO_USERS;

/** The GP of the second demo practice (Lægerne på Amagerbrogade): one practice never sees the other's data. */
export const OTHER_PRACTICE_GP = { name: "Karim Haddad", label: "Praktiserende læge" } as const;

/** WCAG 2.1 AA by axe-core: every page test calls this. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export async function signInAs(page: Page, role: DemoRole | { name: string; label: string }) {
  const user = typeof role === "string" ? DEMO_USERS[role] : role;
  await page.goto("/login");
  await page.getByRole("button", { name: `Log ind som ${user.name}, ${user.label}` }).click();
  await expect(page.getByTestId("signed-in-user")).toContainText(user.name);
}

/** Signs out and waits until the sign-out has gone through, so it cannot clear the next user's session. */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Log ud" }).click();
  await expect(page.getByTestId("signed-in-user")).toHaveCount(0);
}

export const test = base;
export { expect };

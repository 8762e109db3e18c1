import { DEMO_USERS, expect, expectAccessible, signInAs, test, type DemoRole } from "./support/fixtures";

// The e2e server sends e-mail over SMTP (playwright.config.ts), so the test outbox is not in anyone's menu.
const REFERRER = ["Find tilbud", "Ny henvisning", "Mine henvisninger", "Besked om nyt"];
const NAVIGATION: Record<DemoRole, string[]> = {
  GP: REFERRER,
  PRACTICE_STAFF: REFERRER,
  JOBCENTRE_STAFF: REFERRER,
  SOCIAL_WORKER: REFERRER,
  HOSPITAL_STAFF: REFERRER,
  TRIAGE_COORDINATOR: ["Find tilbud", "Central visitation"],
  UNIT_STAFF: ["Find tilbud", "Enhedens indbakke"],
  MANAGER: ["Find tilbud", "Overblik"],
  ADMIN: ["Find tilbud", "Overblik", "Revisionslog", "Brugere", "Serviceniveauer", "Fejlede e-mails"],
};

test.describe("each demo role signs in and sees exactly its navigation", () => {
  for (const role of Object.keys(DEMO_USERS) as DemoRole[]) {
    test(`${role}`, async ({ page }) => {
      await signInAs(page, role);
      const menu = page.getByRole("navigation", { name: "Hovedmenu" });
      await expect(menu.getByRole("link")).toHaveText(NAVIGATION[role]);
      await expectAccessible(page);

      for (const label of NAVIGATION[role].slice(1)) {
        await menu.getByRole("link", { name: label }).click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(label);
        await expect(menu.getByRole("link", { name: label })).toHaveAttribute("aria-current", "page");
        await expectAccessible(page);
      }

      await page.getByRole("button", { name: "Log ud" }).click();
      await expect(page.getByRole("link", { name: "Log ind", exact: true })).toBeVisible();
    });
  }
});

test("a visitor sees the catalogue and is sent to sign in for protected pages", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link")).toHaveText(["Find tilbud"]);
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Find tilbud" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find tilbud");
  await expect(page.getByRole("listitem").filter({ hasText: "Center for Lungesygdomme" }).first()).toBeVisible();
  await expectAccessible(page);

  const response = await page.goto("/henvisninger");
  expect(response?.url()).toContain("/login");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log ind");
  await expectAccessible(page);
});

test("a GP who opens the triage queue is refused with 403", async ({ page }) => {
  await signInAs(page, "GP");
  const response = await page.goto("/visitation");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du har ikke adgang til denne side");
  await expectAccessible(page);
});

test("an unknown address shows a Danish 404 page", async ({ page }) => {
  const response = await page.goto("/findes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siden findes ikke");
  await expectAccessible(page);
});

test("the skip link moves keyboard focus to the main content", async ({ page }) => {
  await page.goto("/tilbud");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Gå til indhold" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the portal switches to English and back", async ({ page }) => {
  await page.goto("/tilbud");
  await page.getByRole("button", { name: "In English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find offers");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page);
  await page.getByRole("button", { name: "På dansk" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find tilbud");
});

test("switching language keeps the page's search", async ({ page }) => {
  await page.goto("/tilbud?q=%C3%A5ndened");
  await page.getByRole("button", { name: "In English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find offers");
  await expect(page).toHaveURL(/\/tilbud\?q=%C3%A5ndened$/);
});

test("the language switch never sends the browser to another site, whatever path it is handed", async ({ page, baseURL }) => {
  const offSite: string[] = [];
  await page.route(/evil\.example/, (route) => {
    offSite.push(route.request().url());
    return route.abort();
  });
  for (const returnTo of ["/\\evil.example", "//evil.example", "/%5Cevil.example", "/\t/evil.example", "/tilbud\r\nSet-Cookie: x=1", "javascript:alert(1)"]) {
    await page.goto("/tilbud");
    await page.locator('input[name="returnTo"]').evaluate((input, value) => ((input as HTMLInputElement).value = value), returnTo);
    await page.getByRole("button", { name: "In English" }).click();
    await expect(page, JSON.stringify(returnTo)).toHaveURL(`${baseURL}/`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "På dansk" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "da");
  }
  expect(offSite).toEqual([]);
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

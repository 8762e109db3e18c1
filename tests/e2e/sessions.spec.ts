import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Cookie, Page } from "@playwright/test";
import { uniqueName } from "./support/citizens";
import { expect, expectAccessible, signInAs, signOut, test } from "./support/fixtures";
import { createDemoGp } from "./support/practices";

// Sessions that end when they should, as users and an attacker with a copied cookie meet it: signing out ends the
// session on the server too, and an administrator who deactivates a user ends the user's sessions at their next
// request. The administrator's page for users is used with the keyboard and is accessible. docs/decisions/008.

// The e2e server runs on http, so Auth.js names the cookie without the __Secure- prefix.
const SESSION_COOKIE = "authjs.session-token";
const ENDED = "Du er blevet logget ud. Log ind igen for at fortsætte.";

async function sessionCookie(context: BrowserContext): Promise<Cookie> {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === SESSION_COOKIE);
  expect(cookie, "a session cookie after signing in").toBeDefined();
  return cookie!;
}

/** A browser of its own that carries only the given cookie, as an attacker who copied it would. */
async function browserWithCookie(browser: Browser, cookie: Cookie): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies([cookie]);
  return context.newPage();
}

const demoSignInButton = (page: Page, name: string) => page.getByRole("button", { name: `Log ind som ${name}, Praktiserende læge` });

test("after signing out, a copy of the session cookie opens nothing, and asking for a renewal does not bring it back", async ({ page, context, browser }) => {
  await signInAs(page, "GP");
  const copied = await sessionCookie(context);
  // While signed in, the copy works like the original: that is what makes a copied cookie worth stealing.
  const thief = await browserWithCookie(browser, copied);
  await thief.goto("/henvisninger");
  await expect(thief.getByRole("heading", { level: 1 })).toHaveText("Mine henvisninger");

  await signOut(page);

  const response = await thief.goto("/henvisninger");
  expect(new URL(response!.url()).pathname).toBe("/login");
  await expect(thief.getByRole("heading", { level: 1 })).toHaveText("Log ind");
  await expect(thief.getByRole("status")).toHaveText(ENDED);
  await expect(thief.getByTestId("signed-in-user")).toHaveCount(0);
  await expectAccessible(thief);

  // Asking Auth.js to renew the copy (what the proxy does on every request) gives no session and clears the cookie.
  const renewal = await thief.request.get("/api/auth/session", { headers: { cookie: `${SESSION_COOKIE}=${copied.value}` } });
  expect(await renewal.json()).toBeNull();
  const setCookie = renewal.headersArray().find((header) => header.name.toLowerCase() === "set-cookie" && header.value.startsWith(`${SESSION_COOKIE}=`));
  expect(setCookie?.value).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
  // The copy put back once more still opens nothing.
  await thief.context().addCookies([copied]);
  await thief.goto("/henvisninger");
  await expect(thief).toHaveURL(/\/login/);
  await thief.context().close();
});

test("an administrator deactivates a user who is signed in elsewhere: the user's next request lands on the sign-in page", async ({ page, browser }) => {
  const gp = await createDemoGp();
  const gpPage = await (await browser.newContext()).newPage();
  await gpPage.goto("/login");
  await demoSignInButton(gpPage, gp.name).click();
  await expect(gpPage.getByTestId("signed-in-user")).toContainText(gp.name);

  await signInAs(page, "ADMIN");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Brugere" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brugere");
  const row = page.getByRole("row").filter({ hasText: gp.email });
  await expect(row.getByRole("cell").last()).toHaveText("1 sted");
  await expectAccessible(page);
  await row.getByRole("link", { name: gp.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(gp.name);
  await expect(page.getByText("Brugeren er logget ind ét sted lige nu.", { exact: false })).toBeVisible();
  await expectAccessible(page);

  // The confirmation step, with the keyboard: it takes focus, "Fortryd" gives focus back, and nothing happened.
  const deactivate = page.getByRole("button", { name: "Deaktiver brugeren …" });
  await deactivate.focus();
  await page.keyboard.press("Enter");
  const confirmation = page.getByRole("group", { name: `Vil du deaktivere ${gp.name}?` });
  await expect(confirmation).toBeFocused();
  await expectAccessible(page);
  await confirmation.getByRole("button", { name: "Fortryd" }).focus();
  await page.keyboard.press("Enter");
  await expect(deactivate).toBeFocused();
  await gpPage.reload();
  await expect(gpPage.getByTestId("signed-in-user")).toContainText(gp.name);

  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(confirmation.getByRole("button", { name: `Ja, deaktiver ${gp.name}` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Brugeren kan ikke logge ind.", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: "Genaktiver brugeren" })).toBeVisible();
  await expectAccessible(page);

  // The other browser's very next request: the sign-in page, saying the session ended; the user is not offered there.
  await gpPage.goto("/henvisninger");
  await expect(gpPage).toHaveURL(/\/login\?reason=ended$/);
  await expect(gpPage.getByRole("status")).toHaveText(ENDED);
  await expect(demoSignInButton(gpPage, gp.name)).toHaveCount(0);
  await gpPage.context().close();

  await page.getByRole("link", { name: "Tilbage til brugere" }).click();
  await expect(page.getByRole("row").filter({ hasText: gp.email }).getByRole("cell").nth(4)).toHaveText("Deaktiveret");
});

test("an administrator adds a user with the keyboard; a role that does not fit the organisation is said at the field and nothing typed is lost", async ({ page }) => {
  await signInAs(page, "ADMIN");
  await page.goto("/brugere");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Opret bruger" }) });
  const name = uniqueName("Jens");
  const email = `jens-${randomUUID()}@kk.example`;

  await form.getByLabel("Navn").focus();
  await page.keyboard.type(name);
  await page.keyboard.press("Tab");
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type("Visitator");
  await form.getByLabel("Rolle").selectOption({ label: "Koordinator i central visitation" });
  await form.getByLabel("Organisation").selectOption({ label: "Jobcenter København (demo)" });
  await form.getByRole("button", { name: "Opret bruger" }).focus();
  await page.keyboard.press("Enter");

  const summary = page.getByRole("alert").filter({ hasText: "Ret de markerede felter." });
  await expect(summary).toBeFocused();
  await expect(form.getByLabel("Rolle")).toHaveAccessibleDescription("Rollen passer ikke til organisationen. Vælg en anden rolle eller en anden organisation.");
  await expect(form.getByLabel("Navn")).toHaveValue(name);
  await expect(form.getByLabel("E-mail")).toHaveValue(email);
  await expect(form.getByLabel("Titel (valgfri)")).toHaveValue("Visitator");
  await expect(form.getByLabel("Rolle")).toHaveValue("TRIAGE_COORDINATOR");
  await expect(form.getByLabel("Organisation")).toHaveValue("demo-org-jobcentre");
  await expectAccessible(page);

  await form.getByLabel("Organisation").selectOption({ label: "Central visitation (demo)" });
  await form.getByRole("button", { name: "Opret bruger" }).focus();
  await page.keyboard.press("Enter");
  await expect(form.getByRole("status")).toContainText(`${name} er oprettet.`);
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Koordinator i central visitation");

  // The same e-mail address once more, in another case: refused at the field.
  await form.getByLabel("Navn").fill("En anden");
  await form.getByLabel("E-mail").fill(email.toUpperCase());
  await form.getByLabel("Rolle").selectOption({ label: "Leder" });
  await form.getByLabel("Organisation").selectOption({ label: "Sundheds- og Omsorgsforvaltningen (demo)" });
  await form.getByRole("button", { name: "Opret bruger" }).click();
  await expect(form.getByLabel("E-mail")).toHaveAccessibleDescription(/Der findes allerede en bruger med den e-mailadresse\./);
  await expect(form.getByLabel("E-mail")).toHaveValue(email.toUpperCase());

  // Changing the new user's title keeps everything else.
  await page.getByRole("row").filter({ hasText: email }).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expectAccessible(page);
  const edit = page.locator("form").filter({ has: page.getByRole("button", { name: "Gem ændringer" }) });
  await expect(edit.getByLabel("Titel (valgfri)")).toHaveValue("Visitator");
  await edit.getByLabel("Titel (valgfri)").fill("Koordinator");
  await edit.getByRole("button", { name: "Gem ændringer" }).click();
  await expect(edit.getByRole("status")).toHaveText("Ændringerne er gemt.");
  await expect(edit.getByLabel("Rolle")).toHaveValue("TRIAGE_COORDINATOR");
});

import pg from "pg";
import { expect, expectAccessible, signInAs, signOut, test } from "./support/fixtures";

// A sending organisation chooses how it hears about its referrals. The story that switches to the daily digest is told
// by the jobcentre: the GP practice's mail must stay immediate while tests/e2e/full-loop.spec.ts waits for its receipt
// e-mail. Only this spec changes the jobcentre's settings, and the story ends where the seed starts.
const PRACTICE_EMAIL = "praksis@noerrebrogade.example";
const JOBCENTRE_EMAIL = "jobcenter@kk.example";
const IMMEDIATE = "Straks (én e-mail for hver ændring)";
const DIGEST = "Én samlet e-mail om dagen (kl. 7)";

test("the jobcentre switches to one e-mail a day and back, with the keyboard only", async ({ page }) => {
  await signInAs(page, "JOBCENTRE_STAFF");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Besked om nyt" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Besked om nyt");
  await expect(page.getByText(/Der står hverken CPR-nummer, navn eller helbredsoplysninger/)).toBeVisible();
  await expect(page.getByText("Indstillingerne gælder for hele Jobcenter København (demo) – også for dine kolleger.")).toBeVisible();
  await expectAccessible(page);

  const email = page.getByRole("textbox", { name: "E-mailadresse til beskederne" });
  const immediate = page.getByRole("radio", { name: IMMEDIATE });
  const digest = page.getByRole("radio", { name: DIGEST });
  const save = page.getByRole("button", { name: "Gem", exact: true });
  await expect(email).toHaveValue(JOBCENTRE_EMAIL);
  await expect(immediate).toBeChecked();

  // From the address field: Tab into the choice, an arrow key to the other one, Tab to "Gem", Enter.
  await email.focus();
  await page.keyboard.press("Tab");
  await expect(immediate).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(digest).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(save).toBeFocused();
  await page.keyboard.press("Enter");
  const saved = page.getByRole("status").filter({ hasText: "Gemt." });
  await expect(saved).toHaveText(`Gemt. I får én samlet e-mail om dagen kl. 7 til ${JOBCENTRE_EMAIL}, når der er nyt.`);
  await expect(digest).toBeChecked();
  await expectAccessible(page);

  await page.reload();
  await expect(digest).toBeChecked();

  await digest.focus();
  await page.keyboard.press("ArrowUp");
  await expect(immediate).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(save).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(saved).toHaveText(`Gemt. I får en e-mail til ${JOBCENTRE_EMAIL}, straks når der er nyt.`);

  await page.reload();
  await expect(immediate).toBeChecked();
  await expect(email).toHaveValue(JOBCENTRE_EMAIL);
});

test("an address that is not an e-mail address is refused in Danish at the field, and what was typed stays", async ({ page }) => {
  await signInAs(page, "GP");
  await page.goto("/indstillinger");
  const email = page.getByRole("textbox", { name: "E-mailadresse til beskederne" });
  await email.fill("praksis@noerrebrogade");
  await page.getByRole("button", { name: "Gem", exact: true }).click();

  const errors = page.getByRole("alert", { name: "Ret de markerede felter." });
  await expect(errors).toBeFocused();
  const message = "Skriv en gyldig e-mailadresse, fx praksis@laegehuset.dk";
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription(new RegExp(message));
  await expect(email).toHaveValue("praksis@noerrebrogade");
  await expect(page.getByRole("radio", { name: IMMEDIATE })).toBeChecked();
  await expectAccessible(page);
  await errors.getByRole("link", { name: message }).click();
  await expect(email).toBeFocused();

  // Nothing was saved: the page shows the practice's address again.
  await page.reload();
  await expect(email).toHaveValue(PRACTICE_EMAIL);
});

test("while the portal sends real e-mail there is no test outbox: not in the menu, and its address is not found", async ({ page }) => {
  // The e2e server has SMTP_URL (playwright.config.ts); the outbox page itself is checked where it exists, in
  // tests/integration/notification-settings.test.ts (what it lists) and by hand on a server without SMTP_URL.
  for (const role of ["GP", "ADMIN"] as const) {
    await signInAs(page, role);
    await expect(page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Udbakke (test)" })).toHaveCount(0);
    expect((await page.goto("/udbakke"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Der er ingen test-udbakke");
    await expectAccessible(page);
    await signOut(page);
  }
});

test("unit staff are refused the practice's settings and the test outbox with 403", async ({ page }) => {
  await signInAs(page, "UNIT_STAFF");
  for (const path of ["/indstillinger", "/udbakke"]) {
    expect((await page.goto(path))?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du har ikke adgang til denne side");
  }
  await expectAccessible(page);
});

/** An e-mail the mail server refused for good, as the outbox worker leaves it (status FAILED, the server's answer). */
async function failedEmailFor(organisationId: string, subject: string) {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    await db.query(
      `insert into "OutboxMessage" (id, "dedupeKey", "organisationId", recipient, subject, text, status, attempts, "lastError")
       values ($1, $1, $2, 'borgercenter@kk.example', $3, 'Der er nyt.', 'FAILED', 1, '550 5.1.1 Recipient address rejected: User unknown')`,
      [`e2e-failed-${crypto.randomUUID()}`, organisationId, subject],
    );
  } finally {
    await db.end();
  }
}

test("an e-mail that failed for good is shown to the administrator and to its organisation, which sends it again", async ({ page }) => {
  // Only this story uses the social services' outbox.
  const subject = `Henvisning nr. ${Date.now() % 100000}: modtaget`;
  await failedEmailFor("demo-org-social", subject);

  await signInAs(page, "ADMIN");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Fejlede e-mails" }).click();
  const row = page.getByRole("row", { name: new RegExp(subject) });
  await expect(row).toContainText("Borgercenter Voksne (demo)");
  await expect(row).toContainText("Adressen findes ikke. Ret den under »Besked om nyt«.");
  await expectAccessible(page);
  await signOut(page);

  await signInAs(page, "SOCIAL_WORKER");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Besked om nyt" }).click();
  const failed = page.getByTestId("failed-emails");
  await expect(failed).toContainText("kunne ikke sendes");
  await expect(failed.getByRole("row", { name: new RegExp(subject) })).toContainText("Mailserveren svarede: 550 5.1.1");
  await expectAccessible(page);
  await failed.getByRole("button", { name: "Send dem igen til adressen nu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "sendes igen" })).toHaveText(/^\d+ e-mails? sendes igen\.$/);
  await expect(page.getByTestId("failed-emails")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("failed-emails")).toHaveCount(0);
});

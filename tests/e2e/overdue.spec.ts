import { expect, expectAccessible, signInAs, test } from "./support/fixtures";

// Clocks on every hand-off, in the demo data as `npm start` seeds it: referrals overdue in each step, dated from the
// day of seeding. The stories only look at the demo referrals (opening one as its unit would move its clock on).

test.describe.configure({ timeout: 90_000 });

test("the unit sees how many referrals are past their deadline, and the view of just those, marked in words", async ({ page }) => {
  await signInAs(page, "UNIT_STAFF");
  await page.goto("/indbakke");
  const notice = page.getByTestId("overdue-notice");
  await expect(notice).toContainText(/\d+ henvisninger? (har|er) overskredet fristen/);
  await expectAccessible(page);
  await notice.getByRole("link", { name: "Se dem, der har overskredet fristen" }).click();
  await expect(page).toHaveURL(/view=overdue/);
  const overdue = page.getByRole("row", { name: /Lene Frederiksen/ });
  await expect(overdue.getByTestId("overdue-mark")).toContainText(/Overskredet\s+Frist \w+dag \d+\. \w+/);
  await expect(page.getByRole("row", { name: /Erik Nygaard/ }).getByTestId("overdue-mark")).toBeVisible();
  await expectAccessible(page);
});

test("central triage sees its overdue cases in a view of their own", async ({ page }) => {
  await signInAs(page, "TRIAGE_COORDINATOR");
  await page.goto("/visitation");
  await page.getByRole("link", { name: /^Overskredet \(\d+\)$/ }).click();
  const row = page.getByRole("row", { name: /Jørgen Madsen/ });
  await expect(row).toContainText(/\d+ dage – over målet/);
  await expect(row).toContainText(/Frist \w+dag \d+\. \w+/);
  await expectAccessible(page);
});

test("the GP reads in plain words that the unit has not opened the referral and has been reminded", async ({ page }) => {
  await signInAs(page, "GP");
  await page.goto("/henvisninger");
  await page.getByRole("row", { name: /Lene Frederiksen/ }).getByRole("link").first().click();
  await expect(page.getByTestId("next-step")).toContainText(/Overskredet\s*Center for Lungesygdomme skulle have åbnet henvisningen senest \w+dag \d+\. \w+ og er rykket\./);
  const timeline = page.getByRole("list").filter({ hasText: "Fristen er overskredet" });
  await expect(timeline).toContainText("Enheden har endnu ikke åbnet henvisningen – enheden er rykket.");
  await expectAccessible(page);
});

test("the GP sees what comes next and by when on a referral that is on time", async ({ page }) => {
  await signInAs(page, "GP");
  await page.goto("/henvisninger");
  await page.getByRole("row", { name: /Birthe Larsen/ }).getByRole("link").first().click();
  await expect(page.getByTestId("next-step")).toContainText(/Central visitation beslutter senest \w+dag \d+\. \w+, hvor henvisningen skal hen\.|Overskredet/);
});

test("the administrator sets a unit's service level; a wrong number is refused at the field in Danish", async ({ page }) => {
  await signInAs(page, "ADMIN");
  await page.getByRole("navigation").getByRole("link", { name: "Serviceniveauer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Serviceniveauer");
  const unit = page.getByRole("region", { name: "Alkoholbehandlingen København" });
  await expect(unit).toContainText("Standard (ingen har ændret det).");
  const open = unit.getByLabel("Åbnet inden for (arbejdsdage)");
  await expect(open).toHaveValue("1");
  await open.fill("99");
  await unit.getByRole("button", { name: "Gem for Alkoholbehandlingen København" }).click();
  await expect(open).toHaveAttribute("aria-invalid", "true");
  await expect(unit).toContainText("Skriv et helt tal fra 0 til 60.");
  await expectAccessible(page);
  await open.fill("2");
  await unit.getByRole("button", { name: "Gem for Alkoholbehandlingen København" }).click();
  await expect(unit.getByRole("status")).toHaveText("Gemt. Nye frister regnes med de nye tal.");
  await page.reload();
  await expect(page.getByRole("region", { name: "Alkoholbehandlingen København" }).getByLabel("Åbnet inden for (arbejdsdage)")).toHaveValue("2");
  await expect(page.getByRole("region", { name: "Alkoholbehandlingen København" })).toContainText("Sat af en administrator.");
});

test("central triage sees the referrals still stalled at units after their reminder, without citizen data", async ({ page }) => {
  await signInAs(page, "TRIAGE_COORDINATOR");
  await page.goto("/visitation");
  await page.getByRole("link", { name: /^Rykket hos enhederne/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rykket hos enhederne");
  const row = page.getByRole("row", { name: /Center for Lungesygdomme.*Første forsøg på kontakt/ });
  await expect(row.first()).toBeVisible();
  await expect(page.locator("main")).not.toContainText("Erik Nygaard");
  await expectAccessible(page);
});

test("the manager sees where steps are still overdue after a reminder, small counts as <5", async ({ page }) => {
  await signInAs(page, "MANAGER");
  await page.goto("/overblik");
  const table = page.getByRole("table", { name: /Rykket videre/ });
  await expect(table.getByRole("row", { name: /Center for Lungesygdomme/ })).toContainText("<5");
  await expect(table.getByRole("row", { name: /Central visitation/ })).toBeVisible();
  await expectAccessible(page);
});

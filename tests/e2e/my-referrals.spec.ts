import type { Page } from "@playwright/test";
import { uniqueName } from "./support/citizens";
import { expect, expectAccessible, signInAs, signOut, test } from "./support/fixtures";
import { sendToLungUnit } from "./support/referrals";

// The practice follows its referrals in "Mine henvisninger": the nurse sends one to the lung unit, Sara at the unit
// opens it, accepts it and books the first meeting, and Anne (the practice's GP) sees that something is new, narrows the
// list to it, reads in plain words where the referral stands, and the mark is gone — for her, not for the nurse.

test.describe.configure({ timeout: 120_000 });

const DAY = 24 * 3600 * 1000;

/** Waits until the sign-out has landed, so it cannot clear the next user's session. */
/** Sara at Center for Lungesygdomme opens the referral from her inbox, accepts it and books the first meeting. */
async function unitAcceptsAndBooks(page: Page, number: string, meeting: { date: string; time: string; place: string }) {
  await signInAs(page, "UNIT_STAFF");
  await page.goto("/indbakke");
  await page.getByRole("link", { name: `Åbn henvisning nr. ${number}` }).click();
  await page.getByRole("button", { name: "Godkend henvisningen" }).click();
  await expect(page.getByTestId("referral-status")).toHaveText("Godkendt af enheden");
  await page.getByLabel("Dato", { exact: true }).fill(meeting.date);
  await page.getByLabel("Klokkeslæt").fill(meeting.time);
  await page.getByLabel("Sted", { exact: true }).fill(meeting.place);
  await page.getByRole("button", { name: "Gem første møde" }).click();
  await expect(page.getByTestId("referral-status")).toHaveText("Første møde aftalt");
  await signOut(page);
}

const rowOf = (page: Page, citizen: string) => page.getByRole("row").filter({ hasText: citizen });

test("the GP sees what the unit did, narrows the list to what is new, opens it and the mark is gone", async ({ page }) => {
  const citizen = uniqueName("Erik");
  const { number } = await sendToLungUnit(page, citizen);

  await signInAs(page, "GP");
  await page.goto("/henvisninger");
  await expect(rowOf(page, citizen)).toContainText("Modtaget");
  await expect(rowOf(page, citizen).getByTestId("unread-mark")).toHaveCount(0);
  await signOut(page);

  const day = new Date(Date.now() + 14 * DAY);
  const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
  await unitAcceptsAndBooks(page, number, { date, time: "10:30", place: "Center for Lungesygdomme, Mødelokale 2" });

  await signInAs(page, "GP");
  await page.goto("/henvisninger");
  await expect(page.getByTestId("unread-count")).toHaveText(/^\d+ henvisning(er)? har nyt$/);
  const row = rowOf(page, citizen);
  await expect(row).toContainText("Første møde aftalt");
  await expect(row.getByTestId("unread-mark")).toHaveText("Ny ændring, siden du sidst åbnede henvisningen");
  await expectAccessible(page);
  // Showing the list (and the links in it) marks nothing read: only opening the referral does.
  await page.reload();
  await expect(rowOf(page, citizen).getByTestId("unread-mark")).toBeVisible();

  // The count leads to just the referrals with news; then narrow to open ones sent in the last 30 days.
  const filters = page.getByRole("form", { name: "Afgræns listen" });
  await page.getByTestId("unread-count").getByRole("link").click();
  await expect(page).toHaveURL(/\/henvisninger\?unread=1$/);
  await expect(filters.getByLabel("Kun med nyt")).toBeChecked();
  await expect(rowOf(page, citizen).getByTestId("unread-mark")).toBeVisible();
  await filters.getByLabel("Status").selectOption({ label: "Åbne" });
  await filters.getByLabel("Sendt").selectOption({ label: "Seneste 30 dage" });
  await filters.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/\/henvisninger\?status=open&period=30d&unread=1$/);
  await expect(filters.getByLabel("Status")).toHaveValue("open");
  await expect(filters.getByLabel("Sendt")).toHaveValue("30d");
  await expect(filters.getByLabel("Kun med nyt")).toBeChecked();
  // Every row listed now has news.
  await expect(page.getByRole("row").filter({ hasText: /\d{6}-XXXX/ }).filter({ hasNot: page.getByTestId("unread-mark") })).toHaveCount(0);
  await expectAccessible(page);

  await rowOf(page, citizen).getByRole("link", { name: `Åbn henvisning nr. ${number} – ny ændring` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Henvisning nr. ${number}`);
  // Where it stands, in five seconds: the status, who has it and when the citizen meets them.
  const state = page.getByRole("region", { name: "Status lige nu" });
  await expect(state.getByTestId("referral-status")).toHaveText("Første møde aftalt");
  await expect(state.getByTestId("referral-state")).toHaveText("Center for Lungesygdomme har aftalt første møde med borgeren.");
  const booked = new Intl.DateTimeFormat("da-DK", { dateStyle: "full", timeZone: "Europe/Copenhagen" }).format(new Date(`${date}T12:00:00Z`));
  await expect(state.getByTestId("first-meeting")).toHaveText(`Første møde: ${booked} kl. 10.30, Center for Lungesygdomme, Mødelokale 2`);
  // The timeline in plain words; who acted as role and organisation, never a name.
  const timeline = page.getByRole("region", { name: "Hvad er der sket?" });
  await expect(timeline).toContainText("Modtaget af Center for Lungesygdomme");
  await expect(timeline).toContainText("Åbnet af Center for Lungesygdomme");
  await expect(timeline).toContainText("Godkendt af Center for Lungesygdomme");
  await expect(timeline).toContainText(`Første møde: ${booked} kl. 10.30, Center for Lungesygdomme, Mødelokale 2`);
  await expect(timeline).toContainText("Medarbejder i enhed, Center for Lungesygdomme");
  await expect(timeline).not.toContainText("Sara Nielsen");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Tilbage til Mine henvisninger" }).click();
  await expect(rowOf(page, citizen)).toBeVisible();
  await expect(rowOf(page, citizen).getByTestId("unread-mark")).toHaveCount(0);
  await page.goto("/henvisninger?status=open&period=30d&unread=1");
  await expect(rowOf(page, citizen)).toHaveCount(0);
  await expectAccessible(page);
  await signOut(page);

  // Read for Anne only: the nurse has not opened it since the unit acted.
  await signInAs(page, "PRACTICE_STAFF");
  await page.goto("/henvisninger?unread=1");
  await expect(rowOf(page, citizen).getByTestId("unread-mark")).toBeVisible();
});

test("the practice narrows Mine henvisninger by status group and period, and the address keeps the choice", async ({ page }) => {
  const citizen = uniqueName("Inge");
  await sendToLungUnit(page, citizen);

  await signInAs(page, "PRACTICE_STAFF");
  await page.goto("/henvisninger");
  const filters = page.getByRole("form", { name: "Afgræns listen" });
  await filters.getByLabel("Status").selectOption({ label: "Afsluttede" });
  await filters.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/\/henvisninger\?status=closed&period=all$/);
  await expect(rowOf(page, citizen)).toHaveCount(0);
  await expectAccessible(page);

  await filters.getByLabel("Status").selectOption({ label: "Åbne" });
  await filters.getByLabel("Sendt").selectOption({ label: "Seneste 30 dage" });
  await filters.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/\/henvisninger\?status=open&period=30d$/);
  await expect(filters.getByLabel("Status")).toHaveValue("open");
  await expect(rowOf(page, citizen)).toContainText("Modtaget");
  await expect(filters.getByLabel("Kun med nyt")).not.toBeChecked();

  await page.reload();
  await expect(filters.getByLabel("Status")).toHaveValue("open");
  await expect(filters.getByLabel("Sendt")).toHaveValue("30d");
  await page.getByRole("link", { name: "Nulstil filtre", exact: true }).click();
  await expect(page).toHaveURL(/\/henvisninger$/);
  await expect(filters.getByLabel("Status")).toHaveValue("all");
  await expectAccessible(page);
});

test("before sending, the nurse sees how long the citizen will wait for the chosen offer, and that it is full", async ({ page }) => {
  await signInAs(page, "PRACTICE_STAFF");
  await page.goto("/henvisninger/ny?offer=stress-aftenhold&ny=1");
  await expect(page.getByTestId("chosen-offer")).toHaveText("Henvisning til: Stress – hold om aftenen – Center for Mental Sundhed");
  const wait = page.getByTestId("expected-wait");
  await expect(wait).toContainText(/^Lige nu: Ventetid ca\. \d+ uger · Fuldt lige nu – venteliste · Opdateret /);
  await expect(wait).toContainText("Tilbuddet er fuldt lige nu – ventetiden kan blive længere.");
  await expectAccessible(page);

  await page.goto("/henvisninger/ny?triage=1&ny=1");
  await expect(page.getByTestId("chosen-offer")).toHaveText("Henvisning til central visitation, som finder det rette tilbud");
  await expect(page.getByTestId("expected-wait")).toHaveCount(0);
});

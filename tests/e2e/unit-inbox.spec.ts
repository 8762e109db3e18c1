import type { Page } from "@playwright/test";
import { uniqueCpr, uniqueName } from "./support/citizens";
import { expect, expectAccessible, signInAs, test } from "./support/fixtures";

// Sara at Center for Lungesygdomme works a referral from her unit's inbox. Each story sends its own referral through
// the practice's referral form (citizen with a unique name and CPR number), so stories never share a referral.

test.describe.configure({ timeout: 120_000 });

/** The practice nurse refers a citizen with COPD, who speaks Turkish and needs an interpreter, to the lung unit. */
async function sendToLungUnit(page: Page, citizenName: string): Promise<string> {
  await signInAs(page, "PRACTICE_STAFF");
  await page.goto("/tilbud/mere-luft-i-hverdagen-kol");
  await page.getByRole("link", { name: "Henvis", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ny henvisning");
  const startOver = page.getByRole("link", { name: "Start forfra" });
  if (await startOver.isVisible()) await startOver.click();
  await page.getByLabel("CPR-nummer").fill(uniqueCpr());
  await page.getByLabel("Navn", { exact: true }).fill(citizenName);
  await page.getByLabel("Telefonnummer (valgfrit)").fill("20 30 40 50");
  await page.getByLabel("Hvornår er det bedst at ringe? (valgfrit)").fill("Efter kl. 16");
  await page.getByLabel("Borgerens sprog").selectOption("tr");
  await page.getByLabel("Borgeren har brug for tolk").check();
  await page.getByRole("button", { name: "Næste" }).click();
  await page.getByRole("checkbox", { name: "Åndenød", exact: true }).check();
  await page.getByLabel("Diagnoser (valgfrit)").fill("KOL");
  await page.getByRole("button", { name: "Næste" }).click();
  await page.getByRole("button", { name: "Næste" }).click();
  await expect(page.getByTestId("routing-preview")).toHaveText("Sendes til Center for Lungesygdomme, fordi borgeren passer til tilbuddet.");
  await page.getByLabel("Borgeren har sagt ja til at blive henvist").check();
  await page.getByRole("button", { name: "Send henvisningen" }).click();
  await expect(page.getByRole("heading", { name: "Henvisningen er sendt" })).toBeVisible();
  const number = (await page.getByRole("heading", { level: 1 }).textContent())?.match(/\d+/)?.[0];
  if (!number) throw new Error("The receipt shows no referral number");
  await page.getByRole("button", { name: "Log ud" }).click();
  return number;
}

test("Sara opens a new referral from the inbox, tries to call, accepts it and books the first meeting", async ({ page }) => {
  const citizen = uniqueName("Birthe");
  const number = await sendToLungUnit(page, citizen);

  await signInAs(page, "UNIT_STAFF");
  await page.goto("/indbakke");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enhedens indbakke");
  const row = page.getByRole("row", { name: new RegExp(citizen) });
  await expect(row).toContainText(/\d{6}-XXXX/);
  await expectAccessible(page);
  await row.getByRole("link", { name: `Åbn henvisning nr. ${number}` }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Henvisning nr. ${number}: ${citizen}`);
  await expect(page.getByText(/^\d{6}-\d{4}$/)).toBeVisible();
  // Before she calls: when to call, the language and the interpreter need stand right next to the phone number.
  const phone = page.getByTestId("citizen-phone");
  await expect(phone).toContainText("20304050");
  await expect(phone).toContainText("bedst at ringe: Efter kl. 16");
  await expect(phone).toContainText(/sprog: tyrkisk – har brug for tolk/);
  await expect(phone).toContainText("Ring fra et nummer, borgeren kan genkende");
  await expect(page.getByRole("region", { name: "Forløb" })).toContainText("Set");
  await expect(page.getByRole("button", { name: "Borgeren kunne ikke kontaktes" })).toBeDisabled();
  await expectAccessible(page);

  await page.getByLabel("Hvordan", { exact: true }).selectOption({ label: "Telefon" });
  await page.getByLabel("Hvordan gik det?").selectOption({ label: "Intet svar" });
  await page.getByLabel("Note (valgfrit)").fill("Prøver igen efter kl. 16.");
  await page.getByRole("button", { name: "Registrér forsøget" }).click();
  await expect(page.getByRole("list", { name: "Registrerede forsøg på kontakt" })).toContainText("Telefon: Intet svar");
  await expect(page.getByRole("region", { name: "Forløb" })).toContainText("Telefon: Intet svar");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Godkend henvisningen" }).click();
  await expect(page.getByTestId("referral-status")).toHaveText("Godkendt af enheden");
  await expectAccessible(page);

  const meeting = new Date(Date.now() + 14 * 24 * 3600 * 1000);
  const date = `${meeting.getFullYear()}-${String(meeting.getMonth() + 1).padStart(2, "0")}-${String(meeting.getDate()).padStart(2, "0")}`;
  await page.getByLabel("Dato", { exact: true }).fill(date);
  await page.getByLabel("Klokkeslæt").fill("10:30");
  await page.getByLabel("Sted", { exact: true }).fill("Center for Lungesygdomme, Mødelokale 2");
  await page.getByRole("button", { name: "Gem første møde" }).click();
  await expect(page.getByTestId("referral-status")).toHaveText("Første møde aftalt");
  const booked = new Intl.DateTimeFormat("da-DK", { dateStyle: "full", timeZone: "Europe/Copenhagen" }).format(new Date(`${date}T12:00:00Z`));
  await expect(page.getByTestId("first-meeting")).toContainText(booked);
  await expect(page.getByTestId("first-meeting")).toContainText("10.30");
  await expect(page.getByTestId("first-meeting")).toContainText("Center for Lungesygdomme, Mødelokale 2");
  await expect(page.getByRole("heading", { name: "Flyt første møde" })).toBeVisible();
  await expectAccessible(page);
});

test("another unit's referral is not found, and a GP is refused", async ({ page }) => {
  await signInAs(page, "UNIT_STAFF");
  expect((await page.goto("/indbakke/ukendt-henvisning"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Henvisningen findes ikke");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Log ud" }).click();
  await signInAs(page, "GP");
  expect((await page.goto("/indbakke/ukendt-henvisning"))?.status()).toBe(403);
  await expectAccessible(page);
});

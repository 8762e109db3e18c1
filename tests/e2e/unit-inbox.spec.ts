import { uniqueName } from "./support/citizens";
import { expect, expectAccessible, signInAs, signOut, test } from "./support/fixtures";
import { sendToLungUnit } from "./support/referrals";

// Sara at Center for Lungesygdomme works a referral from her unit's inbox. Each story sends its own referral through
// the practice's referral form (citizen with a unique name and CPR number), so stories never share a referral.

test.describe.configure({ timeout: 120_000 });

test("Sara opens a new referral from the inbox, tries to call, accepts it and books the first meeting", async ({ page }) => {
  const citizen = uniqueName("Birthe");
  const { number } = await sendToLungUnit(page, citizen);

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
  await expect(page.getByRole("radio", { name: /Kunne ikke kontaktes/ })).toBeDisabled();
  await expectAccessible(page);

  // She forgets to say how it went: the form says so at the field and keeps the way she chose.
  const channel = page.getByLabel("Hvordan", { exact: true });
  await channel.selectOption({ label: "Brev" });
  await page.getByRole("button", { name: "Registrér forsøget" }).click();
  await expect(page.getByLabel("Hvordan gik det?")).toHaveAttribute("aria-invalid", "true");
  await expect(channel).toHaveValue("LETTER");

  await channel.selectOption({ label: "Telefon" });
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

test("Sara closes a referral with an outcome, a note for the GP and a next step near the citizen; the GP reads them", async ({ page }) => {
  const citizen = uniqueName("Grethe");
  const { number, path } = await sendToLungUnit(page, citizen);
  await signInAs(page, "UNIT_STAFF");
  await page.goto("/indbakke");
  await page.getByRole("row", { name: new RegExp(citizen) }).getByRole("link", { name: `Åbn henvisning nr. ${number}` }).click();
  await page.getByRole("button", { name: "Godkend henvisningen" }).click();
  await expect(page.getByTestId("referral-status")).toHaveText("Godkendt af enheden");

  // Closing without saying how it ended is refused at the field, and nothing is closed.
  const close = page.getByRole("region", { name: "Afslutning" });
  await close.getByRole("button", { name: "Afslut forløbet …" }).click();
  await expect(close.getByText("Vælg, hvordan forløbet endte").first()).toBeVisible();
  await expect(page.getByTestId("referral-status")).toHaveText("Godkendt af enheden");
  await expectAccessible(page);

  await close.getByRole("radio", { name: "Sagde nej tak før start" }).check();
  await close.getByLabel("Hvorfor?").selectOption({ label: "At det foregår på hold" });
  await close.getByLabel("Afslutningsnotat til praksispersonalet").fill("Vil ikke på hold, men vil gerne gå ture med andre. Har fået foldere om gåholdet.");
  await close.getByLabel("Næste skridt for borgeren").selectOption({ label: "Gåhold for dig med hjerte- eller lungesygdom – Patientnetværket København (demo)" });
  await close.getByRole("button", { name: "Afslut forløbet …" }).click();
  // Asked once more before anything is sent.
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText("Afslut forløbet som »Sagde nej tak før start«?");
  await expectAccessible(page);
  await confirm.getByRole("button", { name: "Ja, afslut forløbet" }).click();
  await expect(page.getByTestId("referral-status")).toHaveText("Borgeren har sagt nej tak");
  await expect(page.getByRole("region", { name: "Forløb" })).toContainText("Resultat: Sagde nej tak før start – årsag: at det foregår på hold.");
  await signOut(page);

  await signInAs(page, "GP");
  await page.goto(path);
  const timeline = page.getByRole("list").filter({ hasText: "Borgeren har sagt nej tak" });
  await expect(timeline).toContainText("Resultat: Sagde nej tak før start – årsag: at det foregår på hold.");
  await expect(timeline).toContainText("Vil ikke på hold, men vil gerne gå ture med andre.");
  await expect(timeline.getByTestId("next-step-offer")).toContainText("Næste skridt: Gåhold for dig med hjerte- eller lungesygdom (Patientnetværket København (demo))");
  await expect(timeline.getByRole("link", { name: "Gåhold for dig med hjerte- eller lungesygdom" })).toHaveAttribute("href", "/tilbud/gaahold-for-hjerte-og-lunger");
  await expectAccessible(page);
});

test("another unit's referral is not found, and a GP is refused", async ({ page }) => {
  await signInAs(page, "UNIT_STAFF");
  expect((await page.goto("/indbakke/ukendt-henvisning"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Henvisningen findes ikke");
  await expectAccessible(page);
  await signOut(page);
  await signInAs(page, "GP");
  expect((await page.goto("/indbakke/ukendt-henvisning"))?.status()).toBe(403);
  await expectAccessible(page);
});

test("Sara sorts the inbox by who has waited longest and narrows it to new referrals for one offer", async ({ page }) => {
  await signInAs(page, "UNIT_STAFF");
  await page.goto("/indbakke");
  const filters = page.getByRole("form", { name: "Vis og filtrér indbakken" });
  await filters.getByLabel("Rækkefølge").selectOption({ label: "Har ventet længst først" });
  await filters.getByLabel("Status").selectOption({ label: "Nye – ikke godkendt endnu" });
  await filters.getByLabel("Tilbud").selectOption({ label: "Hjælp til at få det bedre med åndenøden" });
  await filters.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/\/indbakke\?view=oldest&status=new&offer=mere-luft-i-hverdagen-kol$/);
  const table = page.getByRole("table", { name: "Har ventet længst først" });
  await expect(table.getByRole("row", { name: /Bent Jensen/ })).toBeVisible();
  const sent = await table.getByRole("row").filter({ hasText: /\d{6}-XXXX/ }).evaluateAll((rows) => rows.map((row) => row.textContent ?? ""));
  for (const row of sent) expect(row).toContain("Modtaget");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Nulstil filtre" }).click();
  await expect(page).toHaveURL(/\/indbakke$/);
  await expect(page.getByRole("table", { name: "Nyeste først" })).toBeVisible();
});

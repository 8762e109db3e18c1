import { uniqueName } from "./support/citizens";
import { expect, expectAccessible, signInAs, signOut, test } from "./support/fixtures";
import { sendToCentralTriage, takeCase } from "./support/referrals";

// Central triage, as the coordinator works it. Each story sends its own referral through the practice's referral form
// (citizen with a unique name and CPR number), so the stories never share a case and can run in parallel.

test.describe.configure({ timeout: 90_000 });

test("(b) a GP's referral without a chosen offer reaches central triage; the coordinator takes it and forwards it to two units", async ({ page }) => {
  const citizen = uniqueName("Inger");
  const number = await sendToCentralTriage(page, "GP", citizen, ["Åndenød", "Stress"]);

  await signInAs(page, "TRIAGE_COORDINATOR");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Central visitation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Central visitation");
  const row = page.getByRole("row", { name: new RegExp(citizen) });
  await expect(row).toContainText(/\d{6}-XXXX/);
  await expect(row).toContainText("I dag – inden for målet");
  await expect(row).toContainText("Stress, Åndenød");
  await expect(row).toContainText("der ikke er valgt et bestemt tilbud");
  await expectAccessible(page);

  // The filters narrow the queue by the URL; a need the case does not have hides it.
  await page.getByLabel("Behov").selectOption({ label: "Vaner: rygning, alkohol, mad" });
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/need=HABITS/);
  await expect(page.getByRole("row", { name: new RegExp(citizen) })).toHaveCount(0);
  await page.getByLabel("Behov").selectOption({ label: "Psyke og trivsel" });
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page.getByRole("row", { name: new RegExp(citizen) })).toBeVisible();

  await page.getByRole("link", { name: `Åbn sag nr. ${number}, ${citizen}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sag nr. ${number}: ${citizen}`);
  // The full CPR number is shown here (and only here); the view is audit-logged.
  await expect(page.getByText(/^\d{6}-\d{4}$/)).toBeVisible();
  await expect(page.getByText("Ingen har taget sagen endnu.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Tag sagen" }).click();
  await expect(page.getByText("Du har taget sagen.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Sagens status" })).toBeFocused();
  await expectAccessible(page);

  await page.getByLabel("Send til").selectOption({ label: "Træning hjemme og på skærm, når det er svært at komme ud · ca. 6 ugers ventetid · få pladser" });
  await page.getByLabel("Tilbud nr. 2").selectOption({ label: "Hjælp til at få styr på stressen · ca. 14 ugers ventetid · få pladser" });
  await page.getByLabel("Besked til enheden (valgfrit)").fill("Borgeren kommer helst om formiddagen.");
  await page.getByRole("button", { name: "Send videre", exact: true }).click();

  await expect(page.getByTestId("case-status")).toHaveText("Modtaget – Center for Lungesygdomme");
  const status = page.getByRole("region", { name: "Sagens status" });
  await expect(status).toContainText("Også sendt til");
  await expect(status.getByRole("listitem")).toContainText("Hjælp til at få styr på stressen, Center for Mental Sundhed");
  await expect(page.getByRole("region", { name: "Forløb" })).toContainText("Sendt videre – Center for Lungesygdomme");
  await expect(page.getByRole("heading", { name: "Send videre" })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Tilbage til køen" }).click();
  await expect(page.getByRole("row", { name: new RegExp(citizen) })).toHaveCount(0);

  // The lung unit has it in its inbox.
  await signOut(page);
  await signInAs(page, "UNIT_STAFF");
  await page.goto("/indbakke");
  await expect(page.getByRole("row", { name: new RegExp(citizen) })).toBeVisible();
});

test("(d) declining without another suggestion is refused at the field; with one, the GP gets the reason and the suggestion", async ({ page }) => {
  const citizen = uniqueName("Poul");
  const number = await sendToCentralTriage(page, "PRACTICE_STAFF", citizen, ["Ensomhed"]);
  await takeCase(page, citizen, number);

  await page.getByLabel("Borgeren har brug for anden hjælp").check();
  await page.getByRole("button", { name: "Afvis henvisningen" }).click();
  const errors = page.getByRole("alert", { name: "Ret de markerede felter." });
  await expect(errors).toBeFocused();
  const message = "Giv et andet forslag: vælg et tilbud eller skriv et råd til henviseren";
  // The nurse referred: the form names the practice staff, not the GP.
  const advice = page.getByLabel("Råd til praksispersonalet");
  await expect(advice).toHaveAttribute("aria-invalid", "true");
  await expect(advice).toHaveAccessibleDescription(new RegExp(message));
  await expect(page.getByLabel("Foreslå et tilbud")).toHaveAccessibleDescription(new RegExp(message));
  await expect(page.getByLabel("Borgeren har brug for anden hjælp")).toBeChecked();
  // Nothing changed: the case is still being triaged.
  await expect(page.getByTestId("case-status")).toHaveText("Under visitation");
  await expectAccessible(page);
  await errors.getByRole("link", { name: message }).click();
  await expect(page.getByLabel("Foreslå et tilbud")).toBeFocused();

  await page.getByLabel("Foreslå et tilbud").selectOption({ label: "Snakkegruppe for dig, der lever med en kronisk sygdom · ingen ventetid · har plads" });
  await advice.fill("Borgeren kan også ringe til Ældre Sagens vennetjeneste.");
  await page.getByRole("button", { name: "Afvis henvisningen" }).click();

  await expect(page.getByTestId("case-status")).toHaveText("Afvist – med forslag til andet tilbud");
  const timeline = page.getByRole("region", { name: "Forløb" });
  await expect(timeline).toContainText("Begrundelse: Borgeren har brug for anden hjælp");
  await expect(timeline.getByRole("link", { name: "Snakkegruppe for dig, der lever med en kronisk sygdom" })).toBeVisible();
  await expect(timeline).toContainText("Råd til henviseren: Borgeren kan også ringe til Ældre Sagens vennetjeneste.");
  await expectAccessible(page);
});

test("(d) in English: a coordinator declining without another suggestion is told so in English, at the field and in the summary", async ({ page }) => {
  const citizen = uniqueName("Aase");
  const number = await sendToCentralTriage(page, "PRACTICE_STAFF", citizen, ["Ensomhed"]);
  await takeCase(page, citizen, number);
  await page.getByRole("button", { name: "In English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // The message comes from the shared decline schema (lib/referrals/schemas.ts), said in the coordinator's language.
  await page.getByLabel("The citizen needs other help").check();
  await page.getByRole("button", { name: "Decline the referral" }).click();
  const errors = page.getByRole("alert", { name: "Correct the marked fields." });
  await expect(errors).toBeFocused();
  const message = "Suggest an alternative: choose an offer or write advice to the referrer";
  await expect(page.getByLabel("Advice to the practice staff")).toHaveAccessibleDescription(new RegExp(message));
  await expect(page.getByLabel("Suggest an offer")).toHaveAccessibleDescription(new RegExp(message));
  await expect(errors.getByRole("link", { name: message })).toBeVisible();
  await expect(page.getByText(/Giv et andet forslag|Ret de markerede/)).toHaveCount(0);
  await expectAccessible(page);
});

test("only central triage reaches the queue and its cases: a GP is refused, an unknown case is not found", async ({ page }) => {
  await signInAs(page, "GP");
  for (const path of ["/visitation", "/visitation/ukendt-sag"]) {
    expect((await page.goto(path))?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du har ikke adgang til denne side");
  }
  await expectAccessible(page);

  await signOut(page);
  await signInAs(page, "TRIAGE_COORDINATOR");
  expect((await page.goto("/visitation/ukendt-sag"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sagen findes ikke");
  await expectAccessible(page);
});

test("(c) the coordinator asks the practice a question; the nurse answers in the portal and the case returns to the queue", async ({ page }) => {
  const citizen = uniqueName("Gitte");
  const number = await sendToCentralTriage(page, "PRACTICE_STAFF", citizen, ["Ensomhed"]);
  await takeCase(page, citizen, number);

  await page.getByLabel("Dit spørgsmål til praksispersonalet").fill("Bor borgeren alene, og kan hun selv komme ud af huset?");
  await page.getByRole("button", { name: "Send spørgsmålet" }).click();
  await expect(page.getByText("Sagen venter på svar fra praksispersonalet.", { exact: false })).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  await signInAs(page, "PRACTICE_STAFF");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Mine henvisninger" }).click();
  await expect(page.getByText(/venter på svar fra jer/)).toBeVisible();
  await expectAccessible(page);
  const row = page.getByRole("row", { name: new RegExp(citizen) });
  await row.getByRole("link").first().click();
  await expect(page.getByTestId("question")).toHaveText("Bor borgeren alene, og kan hun selv komme ud af huset?");
  await page.getByLabel("Jeres svar").fill("Ja, hun bor alene og kan gå korte ture med rollator.");
  await page.getByRole("button", { name: "Send svar" }).click();
  await expect(page.getByText("Tak. Svaret er sendt, og henvisningen er tilbage i køen.")).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  await signInAs(page, "TRIAGE_COORDINATOR");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Central visitation" }).click();
  await expect(page.getByRole("row", { name: new RegExp(citizen) })).toBeVisible();
  await page.getByRole("row", { name: new RegExp(citizen) }).getByRole("link", { name: `Åbn sag nr. ${number}, ${citizen}` }).click();
  await expect(page.getByText("Ja, hun bor alene og kan gå korte ture med rollator.").first()).toBeVisible();
  await expectAccessible(page);
});

test("(e) a coordinator gives a case to a named colleague, who finds it under Mine with the message and takes it", async ({ page }) => {
  const citizen = uniqueName("Vagn");
  const number = await sendToCentralTriage(page, "PRACTICE_STAFF", citizen, ["Ensomhed"]);
  await signInAs(page, "TRIAGE_COORDINATOR");
  await page.goto("/visitation");
  // Who has how much: each colleague's open and overdue cases.
  await expect(page.getByRole("table", { name: "Åbne sager pr. kollega" })).toContainText("Ahmad Rahimi");
  await page.getByRole("link", { name: new RegExp(`nr. ${number}`) }).click();
  const assign = page.getByRole("region", { name: "Giv sagen til en kollega" });
  await assign.getByRole("button", { name: "Giv sagen videre" }).click();
  await expect(assign.getByText("Vælg en kollega").first()).toBeVisible();
  await assign.getByLabel("Giv sagen til").selectOption({ label: "Ahmad Rahimi – ingen åbne" });
  await assign.getByLabel("Besked til kollegaen (valgfrit)").fill("Du kender borgerens praksis – tag den gerne.");
  await assign.getByRole("button", { name: "Giv sagen videre" }).click();
  await expect(page.getByTestId("case-holder")).toHaveText("Sagen er givet til Ahmad Rahimi, som ikke er gået i gang endnu.");
  await expect(page.getByRole("region", { name: "Forløb", exact: true })).toContainText("Nu hos Ahmad Rahimi");
  await expectAccessible(page);
  await signOut(page);

  await signInAs(page, { name: "Ahmad Rahimi", label: "Koordinator i central visitation" });
  await page.goto("/visitation");
  await page.getByRole("link", { name: /^Mine \(\d+\)$/ }).click();
  await page.getByRole("row", { name: new RegExp(citizen) }).getByRole("link", { name: new RegExp(`nr. ${number}`) }).click();
  await expect(page.getByRole("region", { name: "Forløb", exact: true })).toContainText("Du kender borgerens praksis – tag den gerne.");
  await expect(page.getByTestId("case-holder")).toHaveText("En kollega har givet dig sagen. Tag den, når du går i gang.");
  await page.getByRole("button", { name: "Tag sagen" }).click();
  await expect(page.getByTestId("case-holder")).toHaveText("Du har taget sagen.");
  await expectAccessible(page);
});

import { PDFDocument } from "pdf-lib";
import { uniqueName } from "./support/citizens";
import { expect, expectAccessible, signInAs, signOut, test } from "./support/fixtures";
import { sendToLungUnit } from "./support/referrals";

// Talk across the hand-off: the practice and the unit write to each other on a referral, a declined referral is made
// again to its alternative without typing it again, and the unit prints the citizen's invitation in the citizen's
// language — in the production build. (The e-mails each side gets are checked in tests/integration/messages.test.ts.)

test.describe.configure({ timeout: 120_000 });

const inTenDays = () => {
  const day = new Date(Date.now() + 10 * 24 * 3600 * 1000);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
};

test("the GP writes to the lung unit on an accepted referral, the unit answers, and both see the thread and what is new", async ({ page: practice, browser, baseURL }) => {
  const unit = await (await browser.newContext({ baseURL, locale: "da-DK", timezoneId: "Europe/Copenhagen" })).newPage();
  const citizen = uniqueName("Bodil");
  const { number, path } = await sendToLungUnit(practice, citizen);

  await signInAs(unit, "UNIT_STAFF");
  await unit.goto("/indbakke");
  await unit.getByRole("link", { name: `Åbn henvisning nr. ${number}` }).click();
  await unit.getByRole("button", { name: "Godkend henvisningen" }).click();
  await expect(unit.getByTestId("referral-status")).toHaveText("Godkendt af enheden");

  // The GP sees whom to call, and writes; an empty message is refused at the field.
  await signInAs(practice, "GP");
  await practice.goto(path);
  const messages = practice.getByRole("region", { name: "Beskeder" });
  await expect(messages.getByTestId("holder-contact")).toHaveText("Vil du hellere ringe? Center for Lungesygdomme: 33 17 10 40 (man–fre kl. 9–15).");
  await messages.getByRole("button", { name: "Send besked" }).click();
  await expect(messages.getByLabel("Din besked til Center for Lungesygdomme")).toHaveAccessibleDescription(/Skriv en besked på mindst 2 tegn/);
  await messages.getByLabel("Din besked til Center for Lungesygdomme").fill("Hun bliver meget forpustet på trapper. Kan første møde være i stueetagen?");
  await messages.getByRole("button", { name: "Send besked" }).click();
  await expect(messages.getByRole("status")).toHaveText("Beskeden er sendt.");
  await expect(messages.getByTestId("message-thread")).toContainText("Praktiserende læge, Lægehuset Nørrebrogade (demo)");
  await expectAccessible(practice);

  // The unit sees the referral marked in its inbox, and the message marked new.
  await unit.goto("/indbakke");
  const row = unit.getByRole("row", { name: new RegExp(citizen) });
  await expect(row).toContainText("Ny ændring");
  await row.getByRole("link", { name: new RegExp(`henvisning nr. ${number}`) }).click();
  const unitThread = unit.getByRole("region", { name: "Beskeder" });
  await expect(unitThread.getByTestId("message-thread").getByRole("listitem")).toHaveCount(1);
  await expect(unitThread.getByTestId("message-unread")).toHaveCount(1);
  await expect(unitThread).toContainText("Kan første møde være i stueetagen?");
  await unitThread.getByLabel("Din besked til Lægehuset Nørrebrogade (demo)").fill("Ja, vi holder mødet i stuen. Vi ringer til hende i denne uge.");
  await unitThread.getByRole("button", { name: "Send besked" }).click();
  await expect(unitThread.getByRole("status")).toHaveText("Beskeden er sendt.");
  await expect(unitThread.getByTestId("message-thread").getByRole("listitem")).toHaveCount(2);
  await expect(unit.getByRole("region", { name: "Forløb" })).toContainText("Ja, vi holder mødet i stuen.");
  await expectAccessible(unit);
  // Opened again, nothing is new for the unit any more.
  await unit.reload();
  await expect(unitThread.getByTestId("message-unread")).toHaveCount(0);

  // The practice finds the referral marked, and reads the thread with the answer as new.
  await practice.goto("/henvisninger");
  await expect(practice.getByRole("row", { name: new RegExp(citizen) })).toContainText("Ny ændring");
  await practice.goto(path);
  const thread = practice.getByRole("region", { name: "Beskeder" }).getByTestId("message-thread");
  await expect(thread.getByRole("listitem")).toHaveCount(2);
  await expect(thread.getByRole("listitem").nth(1)).toContainText("Medarbejder i enhed, Center for Lungesygdomme");
  await expect(thread.getByTestId("message-unread")).toHaveCount(1);
  await expect(practice.getByRole("region", { name: "Hvad er der sket?" })).toContainText("Besked fra Center for Lungesygdomme");
  await expectAccessible(practice);
});

test("a declined referral is made again to its alternative without typing it again, and both timelines link the two", async ({ page }) => {
  const citizen = uniqueName("Jens");
  const { number, path } = await sendToLungUnit(page, citizen);

  // The unit declines, with another offer.
  await signInAs(page, "UNIT_STAFF");
  await page.goto("/indbakke");
  await page.getByRole("link", { name: `Åbn henvisning nr. ${number}` }).click();
  const decline = page.getByRole("region", { name: "Afvis – med et andet forslag" });
  await decline.getByLabel("Borgeren har brug for anden hjælp").check();
  const alternative = decline.getByLabel("Foreslå et tilbud");
  const value = await alternative.locator("option", { hasText: "Hjælp til at få styr på stressen" }).first().getAttribute("value");
  await alternative.selectOption(value!);
  await decline.getByRole("button", { name: "Afvis henvisningen" }).click();
  await expect(page.getByTestId("referral-status")).toHaveText(/Afvist/);
  await signOut(page);

  // The nurse who sent it makes it again in one click: the form holds what was written.
  await signInAs(page, "PRACTICE_STAFF");
  await page.goto(path);
  const again = page.getByRole("region", { name: "Henvis borgeren igen" });
  await expectAccessible(page);
  await again.getByRole("button", { name: "Henvis til Hjælp til at få styr på stressen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ny henvisning");
  await expect(page.getByTestId("made-from")).toContainText(`henvisning nr. ${number}`);
  await expect(page.getByLabel("Navn", { exact: true })).toHaveValue(citizen);
  await expect(page.getByLabel("CPR-nummer")).toHaveValue(/^\d{6}-\d{4}$/);
  await expect(page.getByLabel("Telefonnummer (valgfrit)")).toHaveValue("20304050");
  await expect(page.getByLabel("Hvornår er det bedst at ringe? (valgfrit)")).toHaveValue("Efter kl. 16");
  await expect(page.getByLabel("Borgerens sprog")).toHaveValue("tr");
  await expect(page.getByLabel("Borgeren har brug for tolk")).toBeChecked();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Næste" }).click();
  await expect(page.getByRole("checkbox", { name: "Åndenød", exact: true })).toBeChecked();
  await expect(page.getByLabel("Diagnoser (valgfrit)")).toHaveValue("KOL");
  await page.getByRole("button", { name: "Næste" }).click();
  await page.getByRole("button", { name: "Næste" }).click();
  await expect(page.getByTestId("chosen-offer")).toContainText("Hjælp til at få styr på stressen");
  await page.getByLabel("Borgeren har sagt ja til at blive henvist").check();
  await page.getByRole("button", { name: "Send henvisningen" }).click();
  await expect(page.getByRole("heading", { name: "Henvisningen er sendt" })).toBeVisible();
  const newNumber = (await page.getByRole("heading", { level: 1 }).textContent())?.match(/\d+/)?.[0];

  // The new referral links back; the old one names the new.
  await expect(page.getByTestId("referred-again-from")).toHaveText(`Lavet ud fra henvisning nr. ${number}.`);
  await expect(page.getByRole("region", { name: "Hvad er der sket?" }).getByRole("link", { name: `Henvist igen efter henvisning nr. ${number}` })).toBeVisible();
  await page.getByTestId("referred-again-from").getByRole("link").click();
  await expect(page.getByRole("region", { name: "Hvad er der sket?" }).getByRole("link", { name: `Henvist igen som henvisning nr. ${newNumber}.` })).toBeVisible();
  await expectAccessible(page);
});

test("the nurse corrects the citizen's phone number, the unit sees it marked, and the nurse withdraws the referral after confirming", async ({ page }) => {
  const citizen = uniqueName("Hanne");
  const { number, path } = await sendToLungUnit(page, citizen);
  await signInAs(page, "PRACTICE_STAFF");
  await page.goto(path);
  await page.getByText("Ret borgerens kontaktoplysninger").click();
  const contact = page.getByRole("group").filter({ hasText: "Ret borgerens kontaktoplysninger" });
  await contact.getByLabel("Telefonnummer (valgfrit)").fill("123");
  await contact.getByRole("button", { name: "Gem kontaktoplysninger" }).click();
  await expect(contact.getByLabel("Telefonnummer (valgfrit)")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await contact.getByLabel("Telefonnummer (valgfrit)").fill("40 50 60 70");
  await contact.getByRole("button", { name: "Gem kontaktoplysninger" }).click();
  await expect(contact.getByRole("status")).toHaveText("Kontaktoplysningerne er gemt.");
  await expect(page.getByRole("region", { name: "Hvad er der sket?" })).toContainText("Rettet: telefonnummer.");

  await signInAs(page, "UNIT_STAFF");
  await page.goto("/indbakke");
  await page.getByRole("row", { name: new RegExp(citizen) }).getByRole("link", { name: new RegExp(`henvisning nr. ${number}`) }).click();
  await expect(page.getByTestId("citizen-phone")).toContainText("40506070");
  await expect(page.getByTestId("contact-corrected")).toContainText("Rettet af henviseren");

  await signInAs(page, "PRACTICE_STAFF");
  await page.goto(path);
  await page.getByText("Træk henvisningen tilbage", { exact: true }).first().click();
  const withdraw = page.getByRole("group").filter({ hasText: "Hvorfor trækkes henvisningen tilbage?" });
  await withdraw.getByLabel("Hvorfor trækkes henvisningen tilbage?").fill("Borgeren er flyttet til Aarhus.");
  await withdraw.getByRole("button", { name: "Træk henvisningen tilbage" }).click();
  await expect(page.getByRole("alertdialog")).toBeFocused();
  await expectAccessible(page);
  await page.getByRole("alertdialog").getByRole("button", { name: "Ja, træk den tilbage" }).click();
  await expect(page.getByTestId("referral-status")).toContainText("Trukket tilbage");
  await expect(page.getByRole("region", { name: "Hvad er der sket?" })).toContainText("Borgeren er flyttet til Aarhus.");
});

test("the unit prints the invitation in Arabic: one page, in the citizen's language, made once", async ({ page }) => {
  const citizen = uniqueName("Samira");
  const { number } = await sendToLungUnit(page, citizen);
  await signInAs(page, "UNIT_STAFF");
  await page.goto("/indbakke");
  await page.getByRole("link", { name: `Åbn henvisning nr. ${number}` }).click();
  await page.getByRole("button", { name: "Godkend henvisningen" }).click();
  await page.getByLabel("Dato", { exact: true }).fill(inTenDays());
  await page.getByLabel("Klokkeslæt").fill("10:30");
  await page.getByLabel("Sted", { exact: true }).fill("Center for Lungesygdomme, Bispebjerg Bakke 20, indgang 3");
  await page.getByRole("button", { name: "Gem første møde" }).click();
  await expect(page.getByTestId("referral-status")).toHaveText("Første møde aftalt");

  const card = page.getByRole("region", { name: "Invitation til borgeren" });
  // The citizen speaks Turkish: that letter is chosen; the unit picks Arabic.
  await expect(card.getByLabel("Sprog")).toHaveValue("tr");
  await card.getByLabel("Sprog").selectOption("ar");
  await card.getByRole("button", { name: "Lav invitationen" }).click();
  const letter = page.getByTestId("invitation-letter");
  await expect(letter).toHaveAttribute("lang", "ar");
  await expect(letter).toHaveAttribute("dir", "rtl");
  await expect(letter).toContainText("10:30");
  await expect(letter).toContainText("Bispebjerg Bakke 20");
  await expect(page.getByTestId("letter-record")).toContainText("Arabisk");
  await expect(page.getByTestId("letter-record")).toContainText("åbnet til print 1 gang");
  await expectAccessible(page);
  const url = page.url();

  const pdf = await page.pdf({ format: "A4", printBackground: true, margin: { top: "15mm", bottom: "15mm", left: "15mm", right: "15mm" }, preferCSSPageSize: true });
  expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
  await page.screenshot({ path: test.info().outputPath("invitation-ar.png"), fullPage: true });

  // Made again, it is the same letter.
  await page.goBack();
  await page.getByRole("region", { name: "Invitation til borgeren" }).getByLabel("Sprog").selectOption("ar");
  await page.getByRole("region", { name: "Invitation til borgeren" }).getByRole("button", { name: "Lav invitationen" }).click();
  await expect(page.getByTestId("letter-record")).toContainText("åbnet til print 2 gange");
  expect(page.url()).toBe(url);
});

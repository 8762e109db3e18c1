import type { Page } from "@playwright/test";
import { uniqueCpr, uniqueName } from "./support/citizens";
import { expect, expectAccessible, signInAs, signOut, test } from "./support/fixtures";

// Free text is shown as text, never run: a practice nurse types script and HTML into every free-text field of a
// referral and into the citizen's name; the unit, central triage and the GP open it; a unit puts the same into an
// offer's texts, and the public offer page and the leaflet show it. On every page nothing runs (no window.__xss, no
// dialog, no injected element) and the payload stands there literally. Last, the story every form relies on: a
// too-long text is refused at the field in Danish, and nothing else typed is lost.

test.describe.configure({ timeout: 180_000 });

const SCRIPT = "<script>window.__xss=1</script>";
const IMG = `<img src=x onerror="window.__xss=1">`;
const SVG = `"><svg onload=window.__xss=1>`;
const JS_URL = "javascript:alert(1)";
const PAYLOAD = [SCRIPT, IMG, SVG, JS_URL].join(" ");

/**
 * Counts dialogs from the first page on; `inert` checks that nothing the users typed has run or become markup (and,
 * as on every page the e2e tests visit, that the page is accessible).
 */
function watch(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return async function inert() {
    await page.waitForLoadState("load");
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    await expect(page.locator('img[src="x"], svg[onload], a[href^="javascript:"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
    await expectAccessible(page);
  };
}

/** A citizen whose name carries markup, with a plain word in it to find the row by. */
function payloadCitizen(first: string) {
  const token = uniqueName(first);
  return { token, name: `${token} ${IMG}${SCRIPT}` };
}

/** The nurse fills in every free-text field with the payload and sends, to the lung unit or (`triage`) "Ved ikke". */
async function sendWithPayload(page: Page, name: string, destination: "lung-unit" | "triage") {
  await signInAs(page, "PRACTICE_STAFF");
  if (destination === "lung-unit") {
    await page.goto("/tilbud/mere-luft-i-hverdagen-kol");
    await page.getByRole("link", { name: "Henvis", exact: true }).click();
    // Another story of the same user may have left an unsent draft: look for it on the form's page, not the offer's.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ny henvisning");
    const startOver = page.getByRole("link", { name: "Start forfra" });
    if (await startOver.isVisible()) await startOver.click();
  } else {
    await page.goto("/henvisninger/ny?triage=1&ny=1");
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ny henvisning");
  await page.getByLabel("CPR-nummer").fill(uniqueCpr());
  await page.getByLabel("Navn", { exact: true }).fill(name);
  await page.getByLabel("Telefonnummer (valgfrit)").fill("20 30 40 50");
  await page.getByLabel("Hvornår er det bedst at ringe? (valgfrit)").fill(`${IMG} ${SVG}`);
  await page.getByRole("button", { name: "Næste" }).click();
  await page.getByRole("checkbox", { name: "Åndenød", exact: true }).check();
  await page.getByLabel("Med dine egne ord (valgfrit)").fill(PAYLOAD);
  await page.getByLabel("Diagnoser (valgfrit)").fill(`KOL\n${SCRIPT}`);
  await page.getByRole("button", { name: "Næste" }).click();
  await page.getByLabel("Beskriv situationen (valgfrit)").fill(PAYLOAD);
  await page.getByRole("button", { name: "Næste" }).click();
  if (destination === "lung-unit") await page.getByLabel("Oplysninger til enheden").fill(PAYLOAD);
  await page.getByLabel("Besked til modtageren (valgfrit)").fill(PAYLOAD);
  await page.getByLabel("Borgeren har sagt ja til at blive henvist").check();
  await page.getByRole("button", { name: "Send henvisningen" }).click();
  await expect(page.getByRole("heading", { name: "Henvisningen er sendt" })).toBeVisible();
  await expect(page.locator("main")).toContainText(name);
  const number = (await page.getByRole("heading", { level: 1 }).textContent())?.match(/\d+/)?.[0];
  if (!number) throw new Error("The receipt shows no referral number");
  return number;
}

/** The GP of the same practice opens the referral from "Mine henvisninger". */
async function gpOpens(page: Page, token: string) {
  await signInAs(page, "GP");
  await page.goto("/henvisninger");
  const row = page.getByRole("row", { name: new RegExp(token) });
  await expect(row).toContainText(IMG);
  await row.getByRole("link").first().click();
  await expect(page.locator("main")).toContainText(`${token} ${IMG}${SCRIPT}`);
}

test("a referral full of script and HTML is shown as text to the unit and the GP, and nothing runs", async ({ page }) => {
  const inert = watch(page);
  const { token, name } = payloadCitizen("Ib");
  const number = await sendWithPayload(page, name, "lung-unit");
  await inert();
  await signOut(page);

  await signInAs(page, "UNIT_STAFF");
  await page.goto("/indbakke");
  const row = page.getByRole("row", { name: new RegExp(token) });
  await expect(row).toContainText(name);
  await inert();
  await row.getByRole("link", { name: `Åbn henvisning nr. ${number}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Henvisning nr. ${number}: ${name}`);
  // Needs, social situation, the message and the unit's information: each literally, as typed.
  await expect(page.getByText(PAYLOAD, { exact: true })).toHaveCount(4);
  await expect(page.getByTestId("citizen-phone")).toContainText(`${IMG} ${SVG}`);
  await expect(page.locator("main")).toContainText(`KOL, ${SCRIPT}`);
  await inert();

  await page.getByLabel("Hvordan", { exact: true }).selectOption({ label: "Telefon" });
  await page.getByLabel("Hvordan gik det?").selectOption({ label: "Intet svar" });
  await page.getByLabel("Note (valgfrit)").fill(PAYLOAD);
  await page.getByRole("button", { name: "Registrér forsøget" }).click();
  await expect(page.getByRole("list", { name: "Registrerede forsøg på kontakt" })).toContainText(PAYLOAD);
  await inert();

  await page.getByRole("button", { name: "Godkend henvisningen" }).click();
  await expect(page.getByTestId("referral-status")).toHaveText("Godkendt af enheden");
  const meeting = new Date(Date.now() + 14 * 24 * 3600 * 1000);
  const date = `${meeting.getFullYear()}-${String(meeting.getMonth() + 1).padStart(2, "0")}-${String(meeting.getDate()).padStart(2, "0")}`;
  await page.getByLabel("Dato", { exact: true }).fill(date);
  await page.getByLabel("Klokkeslæt").fill("10:30");
  await page.getByLabel("Sted", { exact: true }).fill(`Mødelokale 2 ${PAYLOAD}`);
  await page.getByRole("button", { name: "Gem første møde" }).click();
  await expect(page.getByTestId("first-meeting")).toContainText(`Mødelokale 2 ${PAYLOAD}`);
  await inert();

  const close = page.getByRole("region", { name: "Afslutning" });
  await close.getByRole("radio", { name: "Sagde nej tak før start" }).check();
  await close.getByLabel("Hvorfor?").selectOption({ label: "Andet" });
  await close.getByLabel("Årsagen med dine egne ord").fill(PAYLOAD.slice(0, 300));
  await close.getByLabel("Afslutningsnotat til praksispersonalet").fill(PAYLOAD);
  await close.getByLabel("Næste skridt for borgeren").selectOption({ label: "Intet behov" });
  await close.getByRole("button", { name: "Afslut forløbet …" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Ja, afslut forløbet" }).click();
  await expect(page.getByTestId("referral-status")).toHaveText("Borgeren har sagt nej tak");
  await inert();
  await signOut(page);

  await gpOpens(page, token);
  // The timeline: the meeting with its place, and the closing note in the unit's words.
  await expect(page.locator("main")).toContainText(`Mødelokale 2 ${PAYLOAD}`);
  await expect(page.getByText(PAYLOAD, { exact: true }).first()).toBeVisible();
  await inert();
});

test("central triage and the GP see questions, answers and a decline full of script as text, and nothing runs", async ({ page }) => {
  const inert = watch(page);
  const { token, name } = payloadCitizen("Aase");
  const number = await sendWithPayload(page, name, "triage");
  await signOut(page);

  await signInAs(page, "TRIAGE_COORDINATOR");
  await page.goto("/visitation");
  const row = page.getByRole("row", { name: new RegExp(token) });
  await expect(row).toContainText(name);
  await inert();
  await row.getByRole("link", { name: new RegExp(`^Åbn sag nr\\. ${number},`) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sag nr. ${number}: ${name}`);
  await expect(page.getByText(PAYLOAD, { exact: true })).toHaveCount(3);
  await inert();
  await page.getByRole("button", { name: "Tag sagen" }).click();
  await expect(page.getByText("Du har taget sagen.")).toBeVisible();
  await page.getByLabel("Dit spørgsmål til praksispersonalet").fill(PAYLOAD);
  await page.getByRole("button", { name: "Send spørgsmålet" }).click();
  await expect(page.getByText("Sagen venter på svar fra praksispersonalet.", { exact: false })).toBeVisible();
  await inert();
  await signOut(page);

  await signInAs(page, "PRACTICE_STAFF");
  await page.goto("/henvisninger");
  await page.getByRole("row", { name: new RegExp(token) }).getByRole("link").first().click();
  await expect(page.getByTestId("question")).toHaveText(PAYLOAD);
  await inert();
  await page.getByLabel("Jeres svar").fill(`Svar: ${PAYLOAD}`);
  await page.getByRole("button", { name: "Send svar" }).click();
  await expect(page.getByText("Tak. Svaret er sendt, og henvisningen er tilbage i køen.")).toBeVisible();
  await inert();
  await signOut(page);

  await signInAs(page, "TRIAGE_COORDINATOR");
  await page.goto("/visitation");
  await page.getByRole("row", { name: new RegExp(token) }).getByRole("link", { name: new RegExp(`^Åbn sag nr\\. ${number},`) }).click();
  await expect(page.locator("main")).toContainText(`Svar: ${PAYLOAD}`);
  await page.getByRole("button", { name: "Tag sagen" }).click();
  await expect(page.getByText("Du har taget sagen.")).toBeVisible();
  await page.getByRole("radio", { name: "Anden grund" }).check();
  await page.getByLabel("Uddyb begrundelsen (skal udfyldes ved »Anden grund«)").fill(`Begrundelse ${PAYLOAD}`);
  await page.getByLabel("Råd til praksispersonalet").fill(`Råd ${PAYLOAD}`);
  await page.getByRole("button", { name: "Afvis henvisningen" }).click();
  await expect(page.getByTestId("case-status")).toHaveText("Afvist – med forslag til andet tilbud");
  const timeline = page.getByRole("region", { name: "Forløb" });
  await expect(timeline).toContainText(`Begrundelse ${PAYLOAD}`);
  await expect(timeline).toContainText(`Råd ${PAYLOAD}`);
  await inert();
  await signOut(page);

  await gpOpens(page, token);
  await expect(page.locator("main")).toContainText(`Begrundelse ${PAYLOAD}`);
  await expect(page.locator("main")).toContainText(`Råd ${PAYLOAD}`);
  await expect(page.locator("main")).toContainText(`Svar: ${PAYLOAD}`);
  await inert();
});

test("an offer text with script and HTML is shown as text on the offer page and the leaflet", async ({ page }) => {
  const inert = watch(page);
  // Only this spec edits this offer; it puts the texts back at the end.
  const offer = { title: "Syng og træk vejret – sang for lungerne", slug: "syng-og-traek-vejret" };
  await signInAs(page, "UNIT_STAFF");
  await page.goto("/indbakke/tilbud");
  await page.getByRole("row", { name: new RegExp(offer.title) }).getByRole("link", { name: `Ret ${offer.title}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ret tilbud");
  const fields = {
    firstMeeting: page.getByLabel("Det sker første gang"),
    forWhom: page.getByLabel("Hvem er tilbuddet for?"),
    schedule: page.getByLabel("Tider", { exact: true }),
  };
  const original = { firstMeeting: await fields.firstMeeting.inputValue(), forWhom: await fields.forWhom.inputValue(), schedule: await fields.schedule.inputValue() };
  const edited = { firstMeeting: `Vi synger sammen. ${PAYLOAD}`, forWhom: `Dig med KOL. ${PAYLOAD}`, schedule: `Fredag ${IMG}` };
  for (const field of ["firstMeeting", "forWhom", "schedule"] as const) await fields[field].fill(edited[field]);
  await page.getByRole("button", { name: "Gem ændringer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ændringerne er gemt." })).toBeVisible();
  await expect(fields.firstMeeting).toHaveValue(edited.firstMeeting);
  await inert();

  for (const path of [`/tilbud/${offer.slug}`, `/tilbud/${offer.slug}/folder`]) {
    await page.goto(path);
    for (const text of Object.values(edited)) await expect(page.locator("main")).toContainText(text);
    await inert();
  }

  await page.goto("/indbakke/tilbud");
  await page.getByRole("row", { name: new RegExp(offer.title) }).getByRole("link", { name: `Ret ${offer.title}` }).click();
  for (const field of ["firstMeeting", "forWhom", "schedule"] as const) await fields[field].fill(original[field]);
  await page.getByRole("button", { name: "Gem ændringer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ændringerne er gemt." })).toBeVisible();
});

test("a too-long text is refused at the field in Danish, and nothing else typed is lost", async ({ page }) => {
  const name = uniqueName("Karen");
  const cpr = uniqueCpr();
  await signInAs(page, "PRACTICE_STAFF");
  await page.goto("/henvisninger/ny?triage=1&ny=1");
  await page.getByLabel("CPR-nummer").fill(cpr);
  await page.getByLabel("Navn", { exact: true }).fill(name);
  await page.getByLabel("Hvornår er det bedst at ringe? (valgfrit)").fill("Efter kl. 16");
  await page.getByRole("button", { name: "Næste" }).click();

  const needsText = page.getByLabel("Med dine egne ord (valgfrit)");
  const diagnoses = page.getByLabel("Diagnoser (valgfrit)");
  await page.getByRole("checkbox", { name: "Stress", exact: true }).check();
  await needsText.fill("Sover dårligt og er bange for at miste jobbet.");
  // The field's own maxLength stops typing, so the refusal is shown for a diagnosis line over 100 characters.
  const tooLong = `KOL\n${"Kronisk obstruktiv lungesygdom ".repeat(4)}`;
  await diagnoses.fill(tooLong);
  await page.getByRole("button", { name: "Næste" }).click();

  const errors = page.getByRole("alert", { name: "Ret de markerede felter." });
  await expect(errors).toBeFocused();
  const message = "Skriv højst 10 diagnoser, én pr. linje, hver på højst 100 tegn.";
  await expect(diagnoses).toHaveAttribute("aria-invalid", "true");
  await expect(diagnoses).toHaveAccessibleDescription(new RegExp(message));
  await expect(diagnoses).toHaveValue(tooLong);
  await expect(needsText).toHaveValue("Sover dårligt og er bange for at miste jobbet.");
  await expect(page.getByRole("checkbox", { name: "Stress", exact: true })).toBeChecked();

  // A browser that ignores maxLength (or a pasted text on an old one) gets the same kind of answer at its field.
  await needsText.evaluate((element) => element.removeAttribute("maxlength"));
  await needsText.fill("x".repeat(2001));
  await diagnoses.fill("KOL");
  await page.getByRole("button", { name: "Næste" }).click();
  await expect(errors).toBeFocused();
  await expect(needsText).toHaveAttribute("aria-invalid", "true");
  await expect(needsText).toHaveAccessibleDescription(/Beskriv behovet med højst 2000 tegn\./);
  await expect(needsText).toHaveValue("x".repeat(2001));
  await expect(diagnoses).toHaveValue("KOL");

  await page.getByRole("button", { name: "Tilbage" }).click();
  await expect(page.getByLabel("CPR-nummer")).toHaveValue(cpr);
  await expect(page.getByLabel("Navn", { exact: true })).toHaveValue(name);
  await expect(page.getByLabel("Hvornår er det bedst at ringe? (valgfrit)")).toHaveValue("Efter kl. 16");
});

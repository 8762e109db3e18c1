import type { Page } from "@playwright/test";
import { expect, expectAccessible, signInAs, signOut, test } from "./support/fixtures";

// The referrer's side of the one referral form: every story signs in, fills the four steps and reads the receipt,
// with accessibility checked on every step and page.
test.describe.configure({ timeout: 90_000 });

const MOD11_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
const random = (below: number) => Math.floor(Math.random() * below);
const pad = (value: number, length = 2) => String(value).padStart(length, "0");

/**
 * A CPR number with a real date (born 1940-1974), unique enough for parallel runs on one database, that passes the old
 * modulus 11 rule or deliberately fails it.
 */
function uniqueCpr({ mod11 }: { mod11: boolean }): string {
  for (;;) {
    const first9 = `${pad(1 + random(28))}${pad(1 + random(12))}${pad(40 + random(35))}${random(4)}${pad(random(100))}`;
    const sum = [...first9].reduce((total, digit, index) => total + Number(digit) * (MOD11_WEIGHTS[index] ?? 0), 0);
    const passing = (11 - (sum % 11)) % 11;
    if (mod11 && passing === 10) continue;
    const last = mod11 ? passing : (passing + 1) % 10;
    return `${first9.slice(0, 6)}-${first9.slice(6)}${last}`;
  }
}

/** A citizen's name no other run uses, so the list shows exactly the referrals this story made. */
const uniqueName = (first: string) => `${first} Test${Math.random().toString(36).slice(2, 7)}`;

/** Another story of the same user may have left an unsent draft: this one starts on a clean form. */
async function openFreshForm(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ny henvisning");
  const startOver = page.getByRole("link", { name: "Start forfra" });
  if (await startOver.isVisible()) await startOver.click();
  await expectStep(page, 1, "Borger");
}

async function expectStep(page: Page, number: number, name: string) {
  await expect(page.getByRole("heading", { level: 2, name: `Trin ${number} af 4: ${name}` })).toBeVisible();
  await expect(page.getByRole("list", { name: "Trin i henvisningen" }).locator('[aria-current="step"]')).toContainText(name);
}

const next = (page: Page) => page.getByRole("button", { name: "Næste" }).click();

async function fillCitizen(page: Page, citizen: { cpr: string; name: string }) {
  await page.getByLabel("CPR-nummer").fill(citizen.cpr);
  await page.getByLabel("Navn", { exact: true }).fill(citizen.name);
  await page.getByLabel("Telefonnummer (valgfrit)").fill("20 30 40 50");
}

/** Steps 2 and 3 for a citizen with no particular offer in mind: needs in her own words, the social profile left as is. */
async function fillNeedsAndSituation(page: Page) {
  await next(page);
  await expectStep(page, 2, "Behov");
  await page.getByLabel("Med dine egne ord (valgfrit)").fill("Sover dårligt og er meget alene efter sin mands død.");
  await next(page);
  await expectStep(page, 3, "Situation");
  await next(page);
  await expectStep(page, 4, "Tilbud og afsendelse");
}

async function sendAndReadReceipt(page: Page) {
  await page.getByRole("button", { name: "Send henvisningen" }).click();
  await expect(page.getByRole("heading", { name: "Henvisningen er sendt" })).toBeVisible();
  const number = (await page.getByTestId("referral-number").textContent())?.trim() ?? "";
  expect(number).toMatch(/^\d+$/);
  return number;
}

test("a practice nurse refers a citizen with COPD from the offer page straight to the lung unit, once, and finds it among her referrals", async ({ page }) => {
  const citizen = { cpr: uniqueCpr({ mod11: false }), name: uniqueName("Bent") };
  await signInAs(page, "PRACTICE_STAFF");
  await page.goto("/tilbud/mere-luft-i-hverdagen-kol");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Henvis", exact: true }).click();
  await openFreshForm(page);
  await expect(page.getByTestId("chosen-offer")).toHaveText("Henvisning til: Hjælp til at få det bedre med åndenøden – Center for Lungesygdomme");
  await expectAccessible(page);

  // "Næste" with nothing filled in: the summary takes focus, and the CPR field says in Danish what is wrong.
  await next(page);
  const errors = page.getByRole("alert", { name: "Ret de markerede felter." });
  await expect(errors).toBeFocused();
  const cpr = page.getByLabel("CPR-nummer");
  await expect(cpr).toHaveAttribute("aria-invalid", "true");
  await expect(cpr).toHaveAccessibleDescription(/Skriv CPR-nummeret som 10 cifre, fx 070761-4285\./);
  await expectAccessible(page);
  await errors.getByRole("link", { name: "Skriv CPR-nummeret som 10 cifre, fx 070761-4285." }).click();
  await expect(cpr).toBeFocused();

  // A number that fails the old modulus 11 rule is questioned, never refused.
  await fillCitizen(page, citizen);
  await expect(page.getByText("Tjek nummeret: det følger ikke den gamle kontrolregel. Det kan godt være rigtigt.")).toBeVisible();
  await page.getByLabel("Hvornår er det bedst at ringe? (valgfrit)").fill("Efter kl. 16");
  await page.getByLabel("Hvordan vil borgeren helst kontaktes?").selectOption({ label: "Telefon" });
  await page.getByLabel("Bydel (valgfrit)").selectOption({ label: "Nørrebro" });

  // Saved on the server as she types: a reload loses nothing.
  await expect(page.getByRole("status").filter({ hasText: /^Kladde gemt kl\. \d\d[.:]\d\d$/ })).toBeVisible();
  await expect(page).toHaveURL(/kladde=[0-9a-f-]{36}/);
  await page.reload();
  await expectStep(page, 1, "Borger");
  await expect(page.getByLabel("CPR-nummer")).toHaveValue(citizen.cpr);
  await expect(page.getByLabel("Navn", { exact: true })).toHaveValue(citizen.name);

  await next(page);
  await expectStep(page, 2, "Behov");
  await page.getByRole("checkbox", { name: "Åndenød", exact: true }).check();
  await page.getByLabel("Diagnoser (valgfrit)").fill("KOL");
  await expectAccessible(page);
  await next(page);
  await expectStep(page, 3, "Situation");
  await expect(page.getByText("Så kommunen kan se, om tilbuddene når dem, der har mest brug for dem.")).toBeVisible();
  await page.getByLabel("Uddannelse", { exact: true }).selectOption("SHORT");
  await page.getByLabel("Arbejde", { exact: true }).selectOption("EARLY_RETIREMENT");
  await page.getByRole("radio", { name: "Ja", exact: true }).check();
  await expectAccessible(page);

  // Back and forth keeps what she wrote.
  await page.getByRole("button", { name: "Tilbage" }).click();
  await expectStep(page, 2, "Behov");
  await expect(page.getByRole("checkbox", { name: "Åndenød", exact: true })).toBeChecked();
  await expect(page.getByLabel("Diagnoser (valgfrit)")).toHaveValue("KOL");
  await next(page);
  await expect(page.getByRole("radio", { name: "Ja", exact: true })).toBeChecked();
  await next(page);
  await expectStep(page, 4, "Tilbud og afsendelse");

  await expect(page.getByRole("radio", { name: "Hjælp til at få det bedre med åndenøden – Center for Lungesygdomme" })).toBeChecked();
  await expect(page.getByRole("list", { name: "Det beder Center for Lungesygdomme om i henvisningen" })).toContainText("Diagnose og seneste lungefunktion (FEV1)");
  await page.getByLabel("Oplysninger til enheden").fill("FEV1 45 % af forventet. Spiriva og Ventoline. Ingen tolk.");
  await expect(page.getByLabel("Ansvarlig læge")).toHaveValue("demo-user-gp");
  const preview = page.getByTestId("routing-preview");
  await expect(preview).toHaveText("Sendes til Center for Lungesygdomme, fordi borgeren passer til tilbuddet.");
  // A doubt sends it to central triage instead, and the preview says why.
  const unsure = page.getByLabel("Jeg er ikke sikker på, at borgeren passer til tilbuddet");
  await unsure.check();
  await expect(preview).toContainText("Sendes til central visitation, fordi det er uklart, om borgeren passer til tilbuddet.");
  await unsure.uncheck();
  await expect(preview).toHaveText("Sendes til Center for Lungesygdomme, fordi borgeren passer til tilbuddet.");
  await page.getByLabel("Borgeren har sagt ja til at blive henvist").check();
  await expectAccessible(page);

  const sendRequest = page.waitForResponse((response) => response.request().method() === "POST" && "x-action-redirect" in response.headers());
  const number = await sendAndReadReceipt(page);
  const receipt = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Henvisning nr. ${number}`);
  await expect(page.getByTestId("referral-destination")).toHaveText("Sendt til Center for Lungesygdomme, fordi borgeren passer til tilbuddet.");
  await expect(page.getByText(`${citizen.cpr.slice(0, 6)}-XXXX`)).toBeVisible();
  await expect(page.getByTestId("referral-status")).toHaveText("Modtaget");
  await expectAccessible(page);

  // The same send again, as a network retry would: it lands on the same referral, and nothing new is made.
  const sent = (await sendRequest).request();
  const retry = await page.request.post(sent.url(), { headers: sent.headers(), data: sent.postDataBuffer() ?? "" });
  expect(retry.headers()["x-action-redirect"]).toContain(`${receipt}?allerede=1`);

  // Back to the form after sending: it says the referral is sent, with the same number, and sends nothing again.
  await page.goBack();
  await expect(page.getByRole("heading", { name: "Henvisningen er allerede sendt" })).toBeVisible();
  await expect(page.getByText(`Den blev sendt som nr. ${number}.`)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Se kvitteringen" }).click();
  await expect(page).toHaveURL(receipt);

  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Mine henvisninger" }).click();
  const rows = page.getByRole("row").filter({ hasText: citizen.name });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("Center for Lungesygdomme");
  await expect(rows).toContainText("Modtaget");
  await expectAccessible(page);
  await rows.getByRole("link", { name: `Åbn henvisning nr. ${number}` }).click();
  await expect(page).toHaveURL(receipt);
});

test("not sure the offer fits, the nurse picks “Ved ikke” and is told before and after sending why central triage gets it", async ({ page }) => {
  await signInAs(page, "PRACTICE_STAFF");
  await page.goto("/tilbud/faa-styr-paa-stress");
  await page.getByRole("link", { name: "Henvis", exact: true }).click();
  await openFreshForm(page);
  await fillCitizen(page, { cpr: uniqueCpr({ mod11: true }), name: uniqueName("Birthe") });
  await expect(page.getByText(/Tjek nummeret/)).toBeHidden();
  await fillNeedsAndSituation(page);

  const preview = page.getByTestId("routing-preview");
  await expect(preview).toContainText("Sendes til Center for Mental Sundhed");
  await page.getByRole("radio", { name: "Ved ikke – central visitation finder det rette tilbud" }).check();
  await expect(preview).toContainText("Sendes til central visitation, fordi der ikke er valgt et bestemt tilbud.");
  await expect(page.getByTestId("chosen-offer")).toHaveText("Henvisning til central visitation, som finder det rette tilbud");
  await expect(page.getByLabel("Oplysninger til enheden")).toBeHidden();
  await page.getByLabel("Borgeren har sagt ja til at blive henvist").check();
  await expectAccessible(page);

  await sendAndReadReceipt(page);
  await expect(page.getByTestId("referral-destination")).toContainText("Sendt til central visitation, fordi der ikke er valgt et bestemt tilbud.");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Henvisning nr.");
  await expectAccessible(page);
});

test("a citizen who cannot join a group, referred to a group-only offer, is offered fitting offers in the form and otherwise goes to central triage with that reason", async ({ page }) => {
  const citizen = { cpr: uniqueCpr({ mod11: true }), name: uniqueName("Jytte") };
  await signInAs(page, "PRACTICE_STAFF");
  await page.goto("/tilbud/mere-luft-i-hverdagen-kol");
  await page.getByRole("link", { name: "Henvis", exact: true }).click();
  await openFreshForm(page);
  await fillCitizen(page, citizen);
  await next(page);
  await page.getByRole("checkbox", { name: "Åndenød", exact: true }).check();
  await page.getByLabel("Diagnoser (valgfrit)").fill("KOL");
  await next(page);
  await expectStep(page, 3, "Situation");
  await page.getByRole("checkbox", { name: "Kan ikke deltage på hold" }).check();
  await expectAccessible(page);
  await next(page);
  await expectStep(page, 4, "Tilbud og afsendelse");

  const preview = page.getByTestId("routing-preview");
  await expect(preview).toHaveText(/^Sendes til central visitation, fordi borgeren ikke kan deltage på hold, og tilbuddet kun er på hold\./);
  const alternatives = page.getByTestId("offer-alternatives");
  await expect(alternatives).toContainText("Det valgte tilbud kan ikke tage hensyn til alt det, der står i vejen for borgeren.");
  // Only offers the citizen fits: not the asthma talks (they need an asthma diagnosis), the lung unit's own first.
  await expect(alternatives).not.toContainText("Samtaler om at leve med astma");
  await expect(alternatives.getByRole("listitem").first()).toContainText("Træning hjemme og på skærm, når det er svært at komme ud – Center for Lungesygdomme");
  await expect(alternatives.getByRole("listitem").first()).toContainText("uden hold");
  await expectAccessible(page);

  // Choosing an alternative keeps the form: the preview now goes to the unit, and what was typed is still there.
  await alternatives.getByRole("button", { name: "Vælg Træning hjemme og på skærm, når det er svært at komme ud" }).click();
  await expect(page.getByRole("radio", { name: "Træning hjemme og på skærm, når det er svært at komme ud – Center for Lungesygdomme" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Træning hjemme og på skærm, når det er svært at komme ud – Center for Lungesygdomme" })).toBeFocused();
  await expect(preview).toHaveText("Sendes til Center for Lungesygdomme, fordi borgeren passer til tilbuddet.");
  await expect(page.getByTestId("chosen-offer")).toHaveText("Henvisning til: Træning hjemme og på skærm, når det er svært at komme ud – Center for Lungesygdomme");
  await expect(page.getByRole("status").filter({ hasText: "Du har valgt Træning hjemme og på skærm, når det er svært at komme ud. Det, du har skrevet, er bevaret." })).toBeVisible();
  await page.getByRole("button", { name: "Tilbage" }).click();
  await expect(page.getByRole("checkbox", { name: "Kan ikke deltage på hold" })).toBeChecked();
  await next(page);

  // The nurse keeps the group offer after all: it goes to central triage, and the receipt says why.
  await page.getByRole("radio", { name: "Hjælp til at få det bedre med åndenøden – Center for Lungesygdomme" }).check();
  await expect(preview).toHaveText(/^Sendes til central visitation, fordi borgeren ikke kan deltage på hold, og tilbuddet kun er på hold\./);
  await page.getByLabel("Borgeren har sagt ja til at blive henvist").check();
  const number = await sendAndReadReceipt(page);
  await expect(page.getByTestId("referral-destination")).toContainText("Sendt til central visitation, fordi borgeren ikke kan deltage på hold, og tilbuddet kun er på hold.");
  await signOut(page);

  // Central triage reads the barrier on the case.
  await signInAs(page, "TRIAGE_COORDINATOR");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Central visitation" }).click();
  await page.getByRole("row", { name: new RegExp(citizen.name) }).getByRole("link", { name: `Åbn sag nr. ${number}, ${citizen.name}` }).click();
  await expect(page.getByTestId("barriers")).toHaveText("Kan ikke deltage på hold");
  await expect(page.getByRole("listitem").filter({ hasText: "borgeren ikke kan deltage på hold, og tilbuddet kun er på hold" })).toBeVisible();
  await page.getByRole("button", { name: "Tag sagen" }).click();
  await expect(page.getByText("Du har taget sagen.")).toBeVisible();
  // Forwarding, every offer says its wait and places, and the ones that fit the citizen come first.
  const forwardTo = page.getByLabel("Send til", { exact: true });
  await expect(forwardTo.locator('optgroup[label="Foreslået: samme hjælp, kan tage borgeren"] option').first()).toHaveText(
    "Træning hjemme og på skærm, når det er svært at komme ud – Center for Lungesygdomme · ca. 6 ugers ventetid · få pladser",
  );
  await expect(forwardTo.locator("option", { hasText: "Hjælp til at få det bedre med åndenøden ·" })).toHaveText("Hjælp til at få det bedre med åndenøden · ca. 4 ugers ventetid · har plads");
  // Declining, the best of them is the suggested alternative.
  await expect(page.getByLabel("Foreslå et tilbud")).toHaveValue(await forwardTo.locator("optgroup option").first().getAttribute("value") ?? "");
  await expectAccessible(page);
});

test("a social worker is warned that the citizen is already referred, and sends anyway only with a reason", async ({ page }) => {
  const citizen = { cpr: uniqueCpr({ mod11: true }), name: uniqueName("Hassan") };
  await signInAs(page, "SOCIAL_WORKER");
  await page.goto("/henvisninger/ny?triage=1");
  await openFreshForm(page);
  await fillCitizen(page, citizen);
  await fillNeedsAndSituation(page);
  await page.getByLabel("Borgeren har sagt ja til at blive henvist").check();
  const first = await sendAndReadReceipt(page);

  await page.goto("/henvisninger/ny?triage=1");
  await openFreshForm(page);
  await fillCitizen(page, citizen);
  await fillNeedsAndSituation(page);
  await page.getByLabel("Borgeren har sagt ja til at blive henvist").check();
  await page.getByRole("button", { name: "Send henvisningen" }).click();

  const warning = page.getByRole("region", { name: "Borgeren er allerede henvist" });
  await expect(warning.getByRole("heading")).toBeFocused();
  await expect(warning.getByRole("row").filter({ hasText: first })).toContainText("Modtaget");
  await expect(warning.getByRole("row").filter({ hasText: first })).toContainText("Central visitation");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Send henvisningen" }).click();
  const reason = page.getByLabel("Hvorfor sender du alligevel?");
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(reason).toHaveAccessibleDescription(/Skriv, hvorfor du sender henvisningen alligevel\./);
  await expect(page.getByLabel("CPR-nummer")).toHaveValue(citizen.cpr);

  await reason.fill("Borgeren er flyttet og har fået nyt telefonnummer.");
  const second = await sendAndReadReceipt(page);
  expect(second).not.toBe(first);
});

test("a referral's page is refused to other roles and not found by another practice", async ({ page }) => {
  await signInAs(page, "GP");
  await page.goto("/henvisninger");
  await page.getByRole("link", { name: /^Åbn henvisning nr\. / }).first().click();
  await expect(page.getByRole("heading", { name: "Henvisningen er sendt" })).toBeVisible();
  const referral = new URL(page.url()).pathname;
  await expectAccessible(page);

  await signOut(page);
  await expect(page.getByRole("link", { name: "Log ind", exact: true })).toBeVisible();
  await page.goto("/login");
  await page.getByRole("button", { name: "Log ind som Karim Haddad, Praktiserende læge" }).click();
  await expect(page.getByTestId("signed-in-user")).toContainText("Karim Haddad");
  const response = await page.goto(referral);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siden findes ikke");

  await signOut(page);
  await expect(page.getByRole("link", { name: "Log ind", exact: true })).toBeVisible();
  await signInAs(page, "UNIT_STAFF");
  expect((await page.goto(referral))?.status()).toBe(403);
  expect((await page.goto("/henvisninger/ny"))?.status()).toBe(403);
});

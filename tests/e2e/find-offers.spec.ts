import { expect, expectAccessible, signInAs, test } from "./support/fixtures";

test("a nurse finds an offer by a lay word, narrows it, reads it, prints the leaflet and refers", async ({ page }) => {
  await signInAs(page, "PRACTICE_STAFF");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Find tilbud" }).click();
  // The link navigates in the browser: the page has arrived when its title has.
  await expect(page).toHaveTitle("Find tilbud · Henvisningsportalen");
  await expectAccessible(page);

  // Results follow the typing, and the URL holds the search.
  await page.getByLabel("Hvad har patienten svært ved?").fill("stress");
  await expect(page).toHaveURL(/q=stress/);
  const results = page.getByRole("region", { name: /tilbud passer/ });
  await expect(results.getByRole("heading", { level: 3, name: "Hjælp til at få styr på stressen" })).toBeVisible();

  await page.getByLabel(/Aften eller uden for 8-16/).check();
  await page.getByLabel(/Kræver ikke diagnose/).check();
  await expect(page).toHaveURL(/evening=1/);
  await expect(page).toHaveURL(/noDiagnosis=1/);
  await expect(page.getByRole("heading", { level: 2, name: /\d+ tilbud passer/ })).toBeVisible();
  const cards = results.getByRole("article");
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) {
    await expect(card).toContainText("Aftentider");
    await expect(card).toContainText("Kræver ikke diagnose");
  }
  await expectAccessible(page);

  await results.getByRole("link", { name: "Stress – hold om aftenen", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stress – hold om aftenen");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Udskriv folder til borgeren" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Stress – hold om aftenen");
  await expectAccessible(page);
  await page.goBack();

  await page.getByRole("link", { name: "Henvis", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ny henvisning");
  await expect(page.getByTestId("chosen-offer")).toContainText("Stress – hold om aftenen");
  await expectAccessible(page);
});

test("a misspelt search is corrected, and a search with no match still shows a way on", async ({ page }) => {
  await page.goto("/tilbud?q=depresion");
  await expect(page.getByText("Viser også resultater for: depression")).toBeVisible();
  await expect(page.getByRole("link", { name: "Når humøret er langt nede" }).first()).toBeVisible();

  await page.goto("/tilbud?q=kr%C3%A6ft&language=so&format=ONLINE");
  await expect(page.getByRole("heading", { name: "Ingen tilbud passer", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ikke et match – men måske tæt på" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Send til central visitation" })).toBeVisible();
  await expectAccessible(page);
});

// /tilbud has no loading.tsx on purpose: a streamed page stays on its loading state without JavaScript.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search form still works as a plain GET form", async ({ page }) => {
    await page.goto("/tilbud");
    await page.getByLabel("Hvad har patienten svært ved?").fill("ondt i knæet");
    await page.getByRole("button", { name: "Søg" }).first().click();
    await expect(page).toHaveURL(/q=ondt\+i\+kn%C3%A6et/);
    await expect(page.getByRole("link", { name: /slidgigt i knæ eller hofte/ }).first()).toBeVisible();
  });
});

test("an unknown offer gives a Danish 404 page", async ({ page }) => {
  const response = await page.goto("/tilbud/findes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tilbuddet findes ikke");
  await expectAccessible(page);
});

test("the offers API answers with the same search and facet counts", async ({ request }) => {
  const response = await request.get("/api/offers?q=rygestop&noDiagnosis=1");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.offers.slice(0, 3).map((offer: { slug: string }) => offer.slug)).toContain("stop-med-at-ryge-sammen-med-andre");
  expect(body.facets.total).toBe(body.total);
  const one = await request.get(`/api/offers/${body.offers[0].id}`);
  expect((await one.json()).title).toBe(body.offers[0].title);
  expect((await request.get("/api/offers/findes-ikke")).status()).toBe(404);
});

test("a GP opens a full offer and sees the offers that help with the same sooner, each saying why", async ({ page }) => {
  await signInAs(page, "GP");
  await page.goto("/tilbud/naar-angst-og-bekymringer-fylder");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hjælp, når angst og bekymringer fylder");
  const alternatives = page.getByRole("region", { name: "Andre tilbud, der hjælper med det samme" });
  await expect(alternatives).toContainText("Dette tilbud er fuldt lige nu. Disse kan tage borgeren før:");
  const first = alternatives.getByRole("listitem").first();
  await expect(first).toContainText("Samme hjælp · kortere ventetid, ca. 10 uger · få pladser");
  await expect(alternatives.getByRole("listitem")).toHaveCount(3);
  await expectAccessible(page);

  // The alternative is one step away; its own wait is long too, and its page says so and proposes in turn.
  await first.getByRole("link").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samtaler alene, hvis et hold er for svært at starte på");
  await expect(page.getByRole("region", { name: "Andre tilbud, der hjælper med det samme" })).toContainText("Her er ventetiden ca. 10 uger.");
});

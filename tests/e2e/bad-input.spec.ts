import { randomUUID } from "node:crypto";
import { uniqueCpr, uniqueName } from "./support/citizens";
import { expect, expectAccessible, signInAs, test } from "./support/fixtures";

// What no one should be able to type is refused where it was typed, in Danish, and never ends in a server error: a
// NUL byte (PostgreSQL refuses it) or another invisible control character in a search, an address, an audit filter or
// a referral; a CPR number born in the future; a name with no letters; a need or an offer the catalogue does not have.

const UNSAFE = /Teksten indeholder usynlige styretegn/;

test("a search or an offer address with a NUL byte is refused at the field, not with a server error", async ({ page, request }) => {
  const search = await request.get("/api/offers?q=%00x&evening=1");
  expect(search.status()).toBe(400);
  const body = await search.json();
  expect(body.error).toBe("Ret de markerede felter.");
  expect(body.fieldErrors.q[0]).toMatch(UNSAFE);

  const offer = await request.get("/api/offers/a%00b");
  expect(offer.status()).toBe(400);
  expect((await offer.json()).fieldErrors.id[0]).toMatch(UNSAFE);
  expect((await request.get("/api/offers?q=kol%E2%80%AEtset")).status()).toBe(400); // a right-to-left override

  // The page keeps the search the user made (the filters still apply) and says at the search field what is wrong.
  const response = await page.goto("/tilbud?q=%00x&evening=1");
  expect(response?.status()).toBe(200);
  const field = page.getByRole("searchbox", { name: "Hvad har patienten svært ved?" });
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(UNSAFE);
  await expect(page.getByRole("checkbox", { name: /Aften eller uden for 8-16/ })).toBeChecked();
  await expectAccessible(page);

  expect((await page.goto("/tilbud/a%00b"))?.status()).toBe(404);
});

test("an audit-log filter with a NUL byte is said at its field, and the export goes back to the form", async ({ page }) => {
  await signInAs(page, "ADMIN");
  const response = await page.goto("/revisionslog?user=Ole%00Mikkelsen&organisation=L%C3%A6gehuset");
  expect(response?.status()).toBe(200);
  const user = page.getByLabel("Bruger", { exact: true });
  await expect(user).toHaveAttribute("aria-invalid", "true");
  await expect(user).toHaveAccessibleDescription(UNSAFE);
  await expect(page.getByLabel("Organisation", { exact: true })).toHaveValue("Lægehuset");
  await expectAccessible(page);

  const exported = await page.request.get("/revisionslog/eksport?from=2026-01-01&user=a%00b", { maxRedirects: 0 });
  expect(exported.status()).toBe(303);
  expect((await page.request.get("/revisionslog/borger?cpr=0707%0061-4285")).status()).toBe(200);
});

// The hospital's user: no other story fills in the form as them, so no other story's draft gets in the way (or ours in theirs).
test("the referral form refuses a future birth date, a name without letters and a NUL in the free text at each field", async ({ page }) => {
  await signInAs(page, "HOSPITAL_STAFF");
  await page.goto("/henvisninger/ny?triage=1&ny=1");
  const errors = page.getByRole("alert", { name: "Ret de markerede felter." });

  const cpr = page.getByLabel("CPR-nummer");
  const name = page.getByLabel("Navn", { exact: true });
  await cpr.fill("311235-4285"); // 7th digit 4 and year 35: born in 2035
  await name.fill("\u200b\u200b\u200b");
  await page.getByRole("button", { name: "Næste" }).click();
  await expect(errors).toBeFocused();
  await expect(cpr).toHaveAccessibleDescription(/Fødselsdatoen ligger i fremtiden/);
  await expect(name).toHaveAccessibleDescription(/Navnet skal indeholde bogstaver\./);
  await expectAccessible(page);

  const citizen = uniqueName("Nils");
  await cpr.fill(uniqueCpr());
  await name.fill(citizen);
  await page.getByRole("button", { name: "Næste" }).click();
  await page.getByRole("checkbox", { name: "Åndenød", exact: true }).check();
  const needsText = page.getByLabel("Med dine egne ord (valgfrit)");
  await needsText.fill("Hoster om natten\u0000");
  await page.getByRole("button", { name: "Næste" }).click();
  await expect(errors).toBeFocused();
  await expect(needsText).toHaveAttribute("aria-invalid", "true");
  await expect(needsText).toHaveAccessibleDescription(UNSAFE);
  await expect(page.getByRole("checkbox", { name: "Åndenød", exact: true })).toBeChecked();

  // Without the invisible character the same text goes through, and the referral is sent.
  await needsText.fill("Hoster om natten");
  await page.getByRole("button", { name: "Næste" }).click();
  await page.getByRole("button", { name: "Næste" }).click();
  await page.getByLabel("Borgeren har sagt ja til at blive henvist").check();
  await page.getByRole("button", { name: "Send henvisningen" }).click();
  await expect(page.getByRole("heading", { name: "Henvisningen er sendt" })).toBeVisible();
  await expect(page.locator("main")).toContainText(citizen);
});

test("a practice system sending a NUL, an unknown need or an unknown offer gets 400 with the field, and nothing is made", async ({ page }) => {
  await signInAs(page, "PRACTICE_STAFF");
  const referral = (overrides: Record<string, unknown>) => ({
    idempotencyKey: randomUUID(),
    cpr: uniqueCpr(),
    citizenName: uniqueName("Api"),
    needSlugs: ["aandenoed"],
    consent: "on",
    ...overrides,
  });
  const send = async (body: Record<string, unknown>) => {
    const response = await page.request.post("/api/referrals", { data: body });
    return { status: response.status(), body: await response.json() };
  };

  const nul = await send(referral({ needsText: "Hoster\u0000" }));
  expect(nul.status).toBe(400);
  expect(nul.body.fieldErrors.needsText[0]).toMatch(UNSAFE);

  const needless = referral({ needSlugs: ["aandenoed", "findes-ikke"] });
  const need = await send(needless);
  expect(need.status).toBe(400);
  expect(need.body.fieldErrors.needSlugs[0]).toMatch(/^Behovet findes ikke i kataloget/);

  const offerless = referral({ offerSlug: "tilbud-der-ikke-findes" });
  const offer = await send(offerless);
  expect(offer.status).toBe(400);
  expect(offer.body.fieldErrors).toEqual({ offerSlug: [expect.stringMatching(/^Tilbuddet findes ikke \(længere\)/)] });

  const language = await send(referral({ language: "zz" }));
  expect(language.status).toBe(400);
  expect(language.body.fieldErrors.language).toEqual(["Vælg et sprog på listen."]);

  // Nothing was made: the same key sent again, now valid, makes the referral for the first time (201, not 200).
  expect((await send({ ...offerless, offerSlug: undefined })).status).toBe(201);
  expect((await send({ ...needless, needSlugs: ["aandenoed"] })).status).toBe(201);

  expect((await page.goto("/henvisninger/a%00b"))?.status()).toBe(404);
});

import { expect, expectAccessible, signInAs, signOut, test } from "./support/fixtures";

// Only this spec edits this offer, so specs running in parallel never see it change under them.
const OFFER = "Samtaler om at leve med astma";
const SUMMARY =
  "To til tre samtaler alene med en lungesygeplejerske. Du får tjekket, at du tager din medicin rigtigt. Den første samtale kan også foregå over video.";

test("Sara Nielsen from Center for Lungesygdomme updates an offer's waiting time, and GPs see it at once", async ({ page }) => {
  await signInAs(page, "UNIT_STAFF");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Enhedens indbakke" }).click();
  await page.getByRole("link", { name: /Vores tilbud/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vores tilbud");
  const row = page.getByRole("row", { name: new RegExp(OFFER) });
  await expect(row).toContainText("Tager imod");
  await expectAccessible(page);

  await row.getByRole("link", { name: `Ret ${OFFER}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ret tilbud");
  await expect(page.getByText(/^Sidst tjekket/)).toBeVisible();
  await expectAccessible(page);

  const waiting = page.getByLabel("Ventetid i uger");
  const summary = page.getByLabel("Kort beskrivelse");
  // A waiting time other than the current one, so the story also holds when it runs twice on the same database.
  const weeks = (await waiting.inputValue()) === "7" ? "9" : "7";

  // A typo in the waiting time: the form says so at the field and keeps what she wrote elsewhere.
  await summary.fill(SUMMARY);
  await waiting.fill("7,5");
  await page.getByRole("button", { name: "Gem ændringer" }).click();
  const errors = page.getByRole("alert", { name: "Ret de markerede felter." });
  await expect(errors).toBeFocused();
  const message = "Ventetiden skal være et helt antal uger mellem 0 og 104";
  await expect(waiting).toHaveAttribute("aria-invalid", "true");
  await expect(waiting).toHaveAccessibleDescription(new RegExp(message));
  await expect(waiting).toHaveValue("7,5");
  await expect(summary).toHaveValue(SUMMARY);
  await expectAccessible(page);
  await errors.getByRole("link", { name: message }).click();
  await expect(waiting).toBeFocused();

  await waiting.fill(weeks);
  await page.getByRole("button", { name: "Gem ændringer" }).click();
  const saved = page.getByRole("status").filter({ hasText: "Ændringerne er gemt." });
  await expect(saved).toBeVisible();
  await expect(errors).toBeHidden();
  await expect(waiting).not.toHaveAttribute("aria-invalid");
  await expect(waiting).toHaveValue(weeks);
  await expect(summary).toHaveValue(SUMMARY);
  await expectAccessible(page);

  await saved.getByRole("link", { name: "Se tilbuddet, som lægerne ser det" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(OFFER);
  await expect(page.getByText(`Ventetid ca. ${weeks} uger`)).toBeVisible();
  await expect(page.getByText(SUMMARY)).toBeVisible();
  await expectAccessible(page);
});

test("only a unit's own staff reach its offers: a GP is refused, another unit's offer is not found", async ({ page }) => {
  await signInAs(page, "UNIT_STAFF");
  const otherUnitsOffer = await (await page.request.get("/api/offers/faa-styr-paa-stress")).json();
  expect(otherUnitsOffer.unit.slug).not.toBe("center-for-lungesygdomme");
  const response = await page.goto(`/indbakke/tilbud/${otherUnitsOffer.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siden findes ikke");

  await signOut(page);
  await signInAs(page, "GP");
  for (const path of ["/indbakke/tilbud", `/indbakke/tilbud/${otherUnitsOffer.id}`]) {
    expect((await page.goto(path))?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du har ikke adgang til denne side");
  }
  await expectAccessible(page);
});

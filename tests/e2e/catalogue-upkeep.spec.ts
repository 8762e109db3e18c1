import type { Page } from "@playwright/test";
import { expect, expectAccessible, signInAs, signOut, test } from "./support/fixtures";

// Only this spec edits this offer, so specs running in parallel never see it change under them. Its stories edit it one
// after the other.
const OFFER = "Samtaler om at leve med astma";
const SUMMARY =
  "To til tre samtaler alene med en lungesygeplejerske. Du får tjekket, at du tager din medicin rigtigt. Den første samtale kan også foregå over video.";
const FULL = "Fuldt lige nu – venteliste";
const OPEN = "Har plads";
const CONFLICT = "Tilbuddet er ændret af en anden, mens du redigerede. Siden viser nu det gemte — ret igen og gem.";

test.describe.configure({ mode: "default" });

async function openEditForm(page: Page) {
  await page.goto("/indbakke/tilbud");
  await page.getByRole("row", { name: new RegExp(OFFER) }).getByRole("link", { name: `Ret ${OFFER}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ret tilbud");
}

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

test("Sara sets the offer to full, later changes only the waiting time, and the capacity stays full; a form left open elsewhere is refused", async ({ page, context }) => {
  await signInAs(page, "UNIT_STAFF");
  await openEditForm(page);
  // A second tab with the same offer, left open while she saves in the first.
  const stale = await context.newPage();
  await openEditForm(stale);

  const capacity = page.getByLabel("Pladser lige nu");
  const waiting = page.getByLabel("Ventetid i uger");
  const save = page.getByRole("button", { name: "Gem ændringer" });
  const saved = page.getByRole("status").filter({ hasText: "Ændringerne er gemt." });
  await capacity.selectOption({ label: FULL });
  await save.click();
  await expect(saved).toBeVisible();
  // The form shows what is stored, so the next save cannot write the old capacity back.
  await expect(capacity).toHaveValue("FULL");

  const weeks = String(Number(await waiting.inputValue()) + 1);
  await waiting.fill(weeks);
  await save.click();
  await expect(saved).toBeVisible();
  await expect(capacity).toHaveValue("FULL");
  await expect(waiting).toHaveValue(weeks);
  await expectAccessible(page);

  await page.reload();
  await expect(capacity).toHaveValue("FULL");
  await expect(waiting).toHaveValue(weeks);
  await page.goto("/indbakke/tilbud");
  await expect(page.getByRole("row", { name: new RegExp(OFFER) })).toContainText(FULL);

  // The tab left open still has the old capacity and waiting time: its save is refused, and it shows what is stored.
  const schedule = stale.getByLabel("Tider", { exact: true });
  const storedSchedule = await schedule.inputValue();
  await schedule.fill("Hver fredag kl. 9-10");
  await stale.getByRole("button", { name: "Gem ændringer" }).click();
  const conflict = stale.getByRole("alert", { name: CONFLICT });
  await expect(conflict).toBeFocused();
  await expect(stale.getByLabel("Pladser lige nu")).toHaveValue("FULL");
  await expect(stale.getByLabel("Ventetid i uger")).toHaveValue(weeks);
  await expect(schedule).toHaveValue(storedSchedule);
  await expectAccessible(stale);

  // Corrected again from what is stored, the save goes through — and the seed's capacity is back for the next run.
  await stale.getByLabel("Pladser lige nu").selectOption({ label: OPEN });
  await stale.getByRole("button", { name: "Gem ændringer" }).click();
  await expect(stale.getByRole("status").filter({ hasText: "Ændringerne er gemt." })).toBeVisible();
  await expect(conflict).toBeHidden();
  await expect(stale.getByLabel("Pladser lige nu")).toHaveValue("OPEN");
  await stale.reload();
  await expect(stale.getByLabel("Pladser lige nu")).toHaveValue("OPEN");
  await expect(stale.getByLabel("Ventetid i uger")).toHaveValue(weeks);
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

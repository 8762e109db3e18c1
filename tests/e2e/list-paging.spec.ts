import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { uniqueCpr, uniqueName } from "./support/citizens";
import { expect, expectAccessible, signInAs, test } from "./support/fixtures";
import { createDemoGp } from "./support/practices";

// A GP in a practice of its own pages through "Mine henvisninger" with the keyboard: a page holds 25 referrals,
// "Næste side" leads on without repeating any, and "Første side" leads back; then the GP finds one referral from the
// second page by its number, then one by the citizen's name and by CPR number — neither of which may stand in the URL —
// and gets a message for what is neither. The referrals go to a unit whose inbox no other story reads (genoptræning), through the
// portal's own API, so no other story's list grows.

test.describe.configure({ timeout: 180_000 });

/** As lib/paging/cursor.ts. */
const PAGE_SIZE = 25;

async function sendThroughApi(page: Page, citizenName: string, cpr = uniqueCpr()) {
  const response = await page.request.post("/api/referrals", {
    data: { idempotencyKey: randomUUID(), cpr, citizenName, needSlugs: ["ondt-i-ryggen"], offerSlug: "traening-for-ondt-i-ryggen", consent: "on" },
  });
  expect(response.status()).toBeLessThan(300);
  return ((await response.json()) as { number: number }).number;
}

/** The citizens in the list, once it is there: the list streams in after the page's "Henter …". */
async function shownCitizens(page: Page) {
  const table = page.getByRole("table", { name: "Mine henvisninger" });
  await table.waitFor();
  return table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.querySelectorAll("td")[1]?.textContent ?? ""));
}

test("a GP pages through Mine henvisninger with the keyboard, every referral once, and finds one by its number, name or CPR number", async ({ page }) => {
  await signInAs(page, await createDemoGp("Side"));
  const prefix = uniqueName("Side");
  const sent = Array.from({ length: PAGE_SIZE + 2 }, (_, index) => `${prefix} ${String(index).padStart(2, "0")}`);
  const numbers: number[] = [];
  for (const citizen of sent) numbers.push(await sendThroughApi(page, citizen));

  await page.goto("/henvisninger");
  const first = await shownCitizens(page);
  expect(first).toHaveLength(PAGE_SIZE);
  // Newest first: the last 25 sent fill the first page.
  for (const citizen of sent.slice(2)) expect(first.some((cell) => cell.includes(citizen))).toBe(true);
  await expectAccessible(page);

  const pages = page.getByRole("navigation", { name: "Sider" });
  await pages.getByRole("link", { name: "Næste side" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/henvisninger\?after=[A-Za-z0-9_-]+$/);
  // The rows stream in with the page links; the link back is there once they are.
  await expect(pages.getByRole("link", { name: "Første side" })).toBeVisible();
  const second = await shownCitizens(page);
  for (const citizen of sent.slice(0, 2)) expect(second.some((cell) => cell.includes(citizen))).toBe(true);
  for (const cell of second) expect(first).not.toContain(cell);
  await expectAccessible(page);

  await pages.getByRole("link", { name: "Første side" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/henvisninger$/);
  await expect(pages.getByRole("link", { name: "Første side" })).toHaveCount(0);
  await expect(pages.getByRole("link", { name: "Næste side" })).toBeVisible();
  expect(await shownCitizens(page)).toEqual(first);

  // A hand-edited cursor shows the first page rather than an error.
  await page.goto("/henvisninger?after=forfalsket");
  await expect(pages.getByRole("link", { name: "Næste side" })).toBeVisible();
  expect(await shownCitizens(page)).toEqual(first);

  // Find one referral: the oldest sent, which is on the second page, by its number typed and sent with Enter.
  const field = page.getByRole("searchbox", { name: "Nummer, CPR-nummer eller navn" });
  await field.fill(String(numbers[0]));
  await field.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/henvisninger\\?nr=${numbers[0]}$`));
  await expect(page.getByRole("link", { name: `Åbn henvisning nr. ${numbers[0]}` })).toBeVisible();
  expect(await shownCitizens(page)).toEqual([expect.stringContaining(sent[0]!)]);
  await expectAccessible(page);

  // A number no referral of the practice has.
  await page.goto("/henvisninger?nr=99999999");
  await expect(page.getByText("Ingen henvisninger passer til søgningen")).toBeVisible();

  // By name, in another case and only part of it, and by CPR number with and without its dash: the URL holds a sealed
  // search id, never what was typed.
  const cpr = uniqueCpr();
  const named = "Karen Ågård-Lind";
  const namedNumber = await sendThroughApi(page, named, cpr);
  const searchFor = async (typed: string) => {
    await page.goto("/henvisninger");
    await field.fill(typed);
    await field.press("Enter");
    await expect(page).toHaveURL(/\/henvisninger\?find=[\w-]+$/);
    expect(page.url()).not.toContain(cpr.slice(0, 6));
    expect(decodeURIComponent(page.url()).toLowerCase()).not.toContain("ågård");
    await expect(page.getByRole("link", { name: `Åbn henvisning nr. ${namedNumber}` })).toBeVisible();
    expect(await shownCitizens(page)).toEqual([expect.stringContaining(named)]);
    await expect(field).toHaveValue(typed);
  };
  await searchFor("ågÅRD-lind");
  await expectAccessible(page);
  await searchFor(cpr);
  await expectAccessible(page);
  await searchFor(cpr.replace("-", ""));

  // Neither a number, a CPR number nor a name: the field says what to type, and the list is not narrowed.
  await field.fill("12a");
  await field.press("Enter");
  await expect(page.getByText("Skriv et henvisningsnummer (kun tal), et CPR-nummer med 10 cifre eller mindst 3 bogstaver af borgerens navn")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveValue("12a");
  await expectAccessible(page);

  // A name no referral of the practice has.
  await field.fill("Zebulon Ørnekær");
  await field.press("Enter");
  await expect(page.getByText("Ingen henvisninger passer til søgningen")).toBeVisible();
});

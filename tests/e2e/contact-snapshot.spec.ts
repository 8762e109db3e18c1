import { uniqueCpr, uniqueName } from "./support/citizens";
import { expect, expectAccessible, OTHER_PRACTICE_GP, signInAs, signOut, test } from "./support/fixtures";
import { sendToLungUnit } from "./support/referrals";

// Two practices refer the same person (the same CPR number) to the lung unit, each with the name and phone number it
// knows. What one practice typed never changes what the other practice — or the unit, on the other practice's
// referral — sees (docs/decisions/006-contact-details-per-referral.md).

test.describe.configure({ timeout: 180_000 });

test("a second practice referring the same citizen with other details changes nothing on the first practice's referral", async ({ page }) => {
  const cpr = uniqueCpr();
  const first = uniqueName("Alma");
  const second = uniqueName("Bodil");
  const fromA = await sendToLungUnit(page, first, { cpr, phone: "20 30 40 50" });
  const fromB = await sendToLungUnit(page, second, { cpr, phone: "88 77 66 55", by: OTHER_PRACTICE_GP });

  // Anne at the first practice: her list and her referral's page still name the citizen as her practice did.
  await signInAs(page, "GP");
  await page.goto("/henvisninger");
  await expect(page.getByRole("row").filter({ hasText: first })).toContainText(`${cpr.slice(0, 6)}-XXXX`);
  await expect(page.getByRole("row").filter({ hasText: second })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(fromA.path);
  const citizen = page.getByRole("region", { name: "Borger" });
  await expect(citizen).toContainText(first);
  await expect(citizen).not.toContainText(second);
  await expectAccessible(page);
  await signOut(page);

  // Sara at the lung unit: each referral with what its own referrer said, and a word on the older one.
  await signInAs(page, "UNIT_STAFF");
  await page.goto("/indbakke");
  await expect(page.getByRole("row", { name: new RegExp(first) })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(second) })).toBeVisible();
  await page.getByRole("row", { name: new RegExp(first) }).getByRole("link", { name: `Åbn henvisning nr. ${fromA.number}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Henvisning nr. ${fromA.number}: ${first}`);
  await expect(page.getByTestId("citizen-phone")).toContainText("20304050");
  const note = page.getByTestId("newer-contact");
  await expect(note).toContainText(`En nyere henvisning (nr. ${fromB.number}) fra Lægerne på Amagerbrogade (demo),`);
  await expect(note).toContainText("har andre kontaktoplysninger.");
  await expectAccessible(page);

  await note.getByRole("link", { name: `nr. ${fromB.number}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Henvisning nr. ${fromB.number}: ${second}`);
  await expect(page.getByTestId("citizen-phone")).toContainText("88776655");
  await expect(page.getByTestId("newer-contact")).toHaveCount(0);
  await expectAccessible(page);
});

import { expect, expectAccessible, signInAs, test } from "./support/fixtures";

// The referral form's error path in English: the messages the form's schema gives (lib/referrals/schemas.ts), the
// form's summary and the JSON API's answer are all said in the language the user chose, never in Danish.
test("a practice nurse in English is told in English what is wrong with the referral, in the form and by the API", async ({ page }) => {
  await signInAs(page, "PRACTICE_STAFF");
  await page.goto("/henvisninger/ny");
  await page.getByRole("button", { name: "In English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New referral");
  // Another story of the same user may have left an unsent draft: this one starts on a clean form.
  const startOver = page.getByRole("link", { name: "Start again" });
  if (await startOver.isVisible()) await startOver.click();
  await expect(page.getByRole("heading", { level: 2, name: "Step 1 of 4: Citizen" })).toBeVisible();

  // Born on 31 December 2035, a "name" with no letters and a phone number too short.
  await page.getByLabel("CPR number").fill("311235-4285");
  await page.getByLabel("Name", { exact: true }).fill("--");
  await page.getByLabel("Phone number (optional)").fill("1234");
  await page.getByRole("button", { name: "Next" }).click();

  const errors = page.getByRole("alert", { name: "Correct the marked fields." });
  await expect(errors).toBeFocused();
  const future = "The date of birth is in the future. Check the first 6 digits and the 7th digit (it decides the century).";
  await expect(page.getByLabel("CPR number")).toHaveAccessibleDescription(new RegExp(future.replace(/[.()]/g, "\\$&")));
  await expect(page.getByLabel("Name", { exact: true })).toHaveAccessibleDescription(/The name must contain letters\./);
  await expect(page.getByLabel("Phone number (optional)")).toHaveAccessibleDescription(/Enter a Danish phone number with 8 digits\./);
  await expect(errors.getByRole("link")).toHaveText([future, "The name must contain letters.", "Enter a Danish phone number with 8 digits."]);
  await expect(page.getByText(/Fødselsdatoen|Navnet skal|Ret de markerede/)).toHaveCount(0);
  await expectAccessible(page);

  // The same schema on the server: POST /api/referrals answers in the caller's language, with a stable status.
  const response = await page.request.post("/api/referrals", { data: { idempotencyKey: crypto.randomUUID(), cpr: "123", citizenName: "Bent Jensen", consent: "on" } });
  expect(response.status()).toBe(400);
  expect(await response.json()).toMatchObject({
    error: "Correct the marked fields.",
    fieldErrors: { cpr: ["Enter the CPR number as 10 digits, for example 070761-4285."], needSlugs: [expect.stringMatching(/^Choose at least one need/)] },
  });
});

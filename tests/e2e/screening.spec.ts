import { uniqueCpr, uniqueName } from "./support/citizens";
import { expect, expectAccessible, signInAs, signOut, test } from "./support/fixtures";

// The case-finding conversation before the need is clear: a practice nurse goes through it with the citizen, reads
// what the answers point to, and sends the referral the answers pre-filled; central triage reads the scores.
test.describe.configure({ timeout: 90_000 });

test("a nurse holds the health conversation, gets needs and offers from the answers, and sends the pre-filled referral", async ({ page }) => {
  const citizen = { cpr: uniqueCpr(), name: uniqueName("Karen") };
  await signInAs(page, "PRACTICE_STAFF");
  await page.goto("/henvisninger/ny?ny=1");
  await page.getByRole("link", { name: "Ved I ikke, hvad borgeren har brug for? Start med en sundhedssamtale" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sundhedssamtale");
  await expectAccessible(page);

  // Low well-being, lonely, smokes every day; the rest skipped, as a citizen may.
  const wellBeing = page.getByRole("group", { name: "Trivsel de sidste 2 uger (WHO-5)" });
  for (const question of await wellBeing.getByRole("group").all()) await question.getByRole("radio", { name: "Lidt af tiden" }).check();
  const loneliness = page.getByRole("group", { name: "Ensomhed", exact: true });
  for (const question of await loneliness.getByRole("group").all()) await question.getByRole("radio", { name: "Ofte" }).check();
  await page.getByRole("group", { name: "Ryger du?" }).getByRole("radio", { name: "Ja, hver dag" }).check();
  await page.getByRole("button", { name: "Se forslag" }).click();

  const result = page.getByTestId("screening-result");
  await expect(page.getByRole("heading", { name: "Det peger svarene på" })).toBeFocused();
  await expect(result).toContainText("Trivsel (WHO-5): 20 af 100 – tegn på depression – bør tales igennem med egen læge");
  await expect(result).toContainText("Ensomhed: 9 af 9 – føler sig ensom");
  await expect(result.getByRole("list", { name: "Behov, der er sat kryds ved i henvisningen" })).toHaveText(/Nedtrykt\s*Ensomhed\s*Vil stoppe med at ryge/);
  await expect(result.getByRole("link", { name: /^Henvis til / }).first()).toBeVisible();
  await expectAccessible(page);

  // The answers are in the draft: a reload shows them again.
  await expect(page).toHaveURL(/kladde=[0-9a-f-]{36}/);
  await page.reload();
  await expect(page.getByRole("group", { name: "Ryger du?" }).getByRole("radio", { name: "Ja, hver dag" })).toBeChecked();
  await page.getByRole("button", { name: "Se forslag" }).click();

  await page.getByRole("link", { name: "Fortsæt til henvisningen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ny henvisning");
  await page.getByLabel("CPR-nummer").fill(citizen.cpr);
  await page.getByLabel("Navn", { exact: true }).fill(citizen.name);
  await page.getByRole("button", { name: "Næste" }).click();
  await expect(page.getByTestId("screening-attached")).toContainText("Svarene fra sundhedssamtalen følger med henvisningen.");
  for (const need of ["Nedtrykt", "Ensomhed", "Vil stoppe med at ryge"]) await expect(page.getByRole("checkbox", { name: need, exact: true })).toBeChecked();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Næste" }).click();
  await page.getByRole("button", { name: "Næste" }).click();
  await expect(page.getByTestId("routing-preview")).toContainText("Sendes til central visitation");
  await page.getByLabel("Borgeren har sagt ja til at blive henvist").check();
  await page.getByRole("button", { name: "Send henvisningen" }).click();
  await expect(page.getByRole("heading", { name: "Henvisningen er sendt" })).toBeVisible();
  const number = (await page.getByRole("heading", { level: 1 }).textContent())?.match(/\d+/)?.[0];
  await signOut(page);

  await signInAs(page, "TRIAGE_COORDINATOR");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Central visitation" }).click();
  await page.getByRole("row", { name: new RegExp(citizen.name) }).getByRole("link", { name: `Åbn sag nr. ${number}, ${citizen.name}` }).click();
  const summary = page.getByTestId("screening-summary");
  await expect(summary).toContainText("Trivsel (WHO-5): 20 af 100 – tegn på depression – bør tales igennem med egen læge");
  await expect(summary).toContainText("Ensomhed: 9 af 9 – føler sig ensom");
  await expectAccessible(page);
});

import { uniqueName } from "./support/citizens";
import { expect, signInAs, test, type DemoRole } from "./support/fixtures";
import { sendToCentralTriage, sendToLungUnit, takeCase } from "./support/referrals";

// Every text that names the referrer says what the referrer is: a jobcentre's referral never reads "Lægen valgte …",
// the decline form never says "Råd til lægen" to a social worker. For a referral from each kind of referrer, the
// referrer's own page, central triage's case (taken, with its forms) and the unit's page are read whole.

test.describe.configure({ timeout: 120_000 });

const REFERRERS: { role: DemoRole; named: string }[] = [
  { role: "GP", named: "lægen" },
  { role: "PRACTICE_STAFF", named: "praksispersonalet" },
  { role: "JOBCENTRE_STAFF", named: "jobcentret" },
  { role: "SOCIAL_WORKER", named: "socialrådgiveren" },
  { role: "HOSPITAL_STAFF", named: "hospitalet" },
];

for (const { role, named } of REFERRERS) {
  test(`a referral from ${role} names the referrer as "${named}" on the triage and unit pages`, async ({ page }) => {
    // Says "lægen" exactly where a GP referred, so the check below can fail.
    const check = async () => {
      const text = (await page.getByRole("main").innerText()).toLocaleLowerCase("da");
      if (role === "GP") expect(text).toContain("lægen");
      else expect(text, `"lægen" on ${page.url()}`).not.toMatch(/lægen/);
      expect(text).toContain(named);
    };

    const triageCitizen = uniqueName("Ruth");
    const number = await sendToCentralTriage(page, role, triageCitizen, ["Ensomhed"]);
    await takeCase(page, triageCitizen, number);
    await check();

    const unitCitizen = uniqueName("Erik");
    const sent = await sendToLungUnit(page, unitCitizen, { by: role });
    await signInAs(page, "UNIT_STAFF");
    await page.goto("/indbakke");
    await page.getByRole("link", { name: `Åbn henvisning nr. ${sent.number}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Henvisning nr. ${sent.number}: ${unitCitizen}`);
    await check();

    // The referrer's own page speaks to them ("I"), never of "lægen" unless it is the GP's.
    await signInAs(page, role);
    await page.goto(sent.path);
    await expect(page.getByTestId("referral-number")).toHaveText(sent.number);
    const own = (await page.getByRole("main").innerText()).toLocaleLowerCase("da");
    if (role !== "GP") expect(own).not.toMatch(/lægen/);
  });
}

import { startSmtpServer, type TestSmtpServer } from "../support/smtp-server";
import { uniqueName } from "./support/citizens";
import { expect, expectAccessible, signInAs, test } from "./support/fixtures";
import { sendToLungUnit } from "./support/referrals";
import { e2eSmtpPort } from "./support/smtp-port";

// The whole loop the GPs asked for ("is anyone at the other end?"): the nurse refers, the unit opens the referral and
// the practice sees it arrived, the unit accepts and books the first meeting, the GP sees the date on the timeline —
// and the practice's e-mail arrives over real SMTP at a server running in this test.

test.describe.configure({ timeout: 120_000 });

let smtp: TestSmtpServer;
test.beforeAll(async () => {
  smtp = await startSmtpServer({ port: e2eSmtpPort });
});
test.afterAll(async () => {
  await smtp?.close();
});

test("nurse refers, the unit opens, accepts and books, the GP sees the date and gets an e-mail without CPR", async ({ page: practice, browser, baseURL }) => {
  const unit = await (await browser.newContext({ baseURL, locale: "da-DK", timezoneId: "Europe/Copenhagen" })).newPage();
  const citizen = uniqueName("Inger");
  const { number, path } = await sendToLungUnit(practice, citizen);

  // The receipt e-mail: the referral number and a link, nothing about the citizen.
  const receipt = await smtp.waitFor((mail) => mail.subject === `Henvisning nr. ${number}: modtaget`);
  expect(receipt.to).toBe("praksis@noerrebrogade.example");

  // The unit opens it.
  await signInAs(unit, "UNIT_STAFF");
  await unit.goto("/indbakke");
  await unit.getByRole("link", { name: `Åbn henvisning nr. ${number}` }).click();
  await expect(unit.getByRole("heading", { level: 1 })).toHaveText(`Henvisning nr. ${number}: ${citizen}`);

  // The GP sees that it arrived and was opened, marked as news.
  await signInAs(practice, "GP");
  await practice.goto("/henvisninger");
  await expect(practice.getByRole("row", { name: new RegExp(citizen) })).toContainText("Ny ændring");
  await expectAccessible(practice);
  await practice.goto(path);
  const timeline = practice.getByRole("region", { name: "Hvad er der sket?" });
  await expect(timeline).toContainText("Modtaget af Center for Lungesygdomme");
  await expect(timeline).toContainText("Åbnet af Center for Lungesygdomme");
  await expectAccessible(practice);

  // The unit accepts and books the first meeting.
  await unit.getByRole("button", { name: "Godkend henvisningen" }).click();
  await expect(unit.getByTestId("referral-status")).toHaveText("Godkendt af enheden");
  const meeting = new Date(Date.now() + 10 * 24 * 3600 * 1000);
  const date = `${meeting.getFullYear()}-${String(meeting.getMonth() + 1).padStart(2, "0")}-${String(meeting.getDate()).padStart(2, "0")}`;
  await unit.getByLabel("Dato", { exact: true }).fill(date);
  await unit.getByLabel("Klokkeslæt").fill("09:15");
  await unit.getByLabel("Sted", { exact: true }).fill("Center for Lungesygdomme, Mødelokale 1");
  await unit.getByRole("button", { name: "Gem første møde" }).click();
  await expect(unit.getByTestId("referral-status")).toHaveText("Første møde aftalt");

  // The GP sees the date on the timeline.
  await practice.reload();
  const booked = new Intl.DateTimeFormat("da-DK", { dateStyle: "long", timeZone: "Europe/Copenhagen" }).format(new Date(`${date}T12:00:00Z`));
  await expect(timeline.getByRole("listitem").filter({ hasText: "Første møde er aftalt" })).toContainText(booked);
  await expect(timeline).toContainText("09.15");
  await expect(practice.getByTestId("referral-status")).toHaveText("Første møde aftalt");
  await expectAccessible(practice);

  // The e-mail about the meeting arrives; it links to the referral and names neither citizen, CPR, unit nor place.
  const mail = await smtp.waitFor((received) => received.subject === `Henvisning nr. ${number}: første møde aftalt`);
  expect(mail.text).toContain(`http://127.0.0.1:${new URL(practice.url()).port}${path}`);
  for (const secret of [citizen, "Lungesygdomme", "Mødelokale", /\d{6}-?\d{4}/]) expect(mail.text).not.toMatch(secret);
  await practice.goto(mail.text.match(/http\S+\/henvisninger\/\S+/)![0]);
  await expect(practice.getByTestId("referral-status")).toHaveText("Første møde aftalt");
});

import { readFileSync } from "node:fs";
import type { Download, Page } from "@playwright/test";
import { uniqueCpr, uniqueName } from "./support/citizens";
import { expect, expectAccessible, signInAs, signOut, test } from "./support/fixtures";
import { sendToLungUnit } from "./support/referrals";

// Ole, the administrator, answers a citizen who asks who has looked at her data (Sundhedsloven §42a): he finds the
// unit's look-up in the audit log by her CPR number, downloads it for Excel, and makes her the report — and her number
// is in no address his browser asks for (decision 009). Each story sends its own referral, so specs running in
// parallel never share a citizen.

test.describe.configure({ timeout: 180_000 });

/** Today in Copenhagen, as a date field takes it. */
const today = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());

/** Every address the page asks for (pages, CSV files, scripts, styles) and every Referer it sends, from now on. */
function recordAddresses(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => seen.push(request.url(), request.headers()["referer"] ?? ""));
  return seen;
}

const containing = (addresses: string[], cpr: string) => addresses.filter((address) => address.includes(cpr) || address.includes(cpr.replace("-", "")));

async function downloaded(page: Page, link: string): Promise<{ download: Download; bytes: Buffer; lines: string[] }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  const bytes = readFileSync(await download.path());
  return { download, bytes, lines: bytes.toString("utf8").replace(/^\uFEFF/, "").split("\r\n") };
}

test("Ole finds who opened a citizen's referral by her CPR number, downloads it as CSV and makes her the report", async ({ page }) => {
  const citizen = uniqueName("Inger");
  const { number } = await sendToLungUnit(page, citizen);

  // Sara opens the referral at the unit, through the city's proxy, which appends her address to what her browser
  // claimed (192.0.2.50): the log keeps the address the proxy saw.
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "192.0.2.50, 203.0.113.7" });
  await signInAs(page, "UNIT_STAFF");
  await page.goto("/indbakke");
  await page.getByRole("row", { name: new RegExp(citizen) }).getByRole("link", { name: `Åbn henvisning nr. ${number}` }).click();
  const cpr = (await page.getByText(/^\d{6}-\d{4}$/).textContent()) ?? "";
  expect(cpr).toMatch(/^\d{6}-\d{4}$/);
  const masked = `${cpr.slice(0, 6)}-XXXX`;
  await signOut(page);
  await page.setExtraHTTPHeaders({});

  await signInAs(page, "ADMIN");
  const addresses = recordAddresses(page);
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Revisionslog" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revisionslog");
  await expectAccessible(page);

  await page.getByLabel("Borgerens CPR-nummer").fill(cpr.replace("-", ""));
  await page.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(page).toHaveURL(/\/revisionslog\?cprSearch=[\w-]+$/);
  await expect(page.getByLabel("Borgerens CPR-nummer")).toHaveValue(cpr.replace("-", ""));
  const results = page.getByRole("table", { name: "Registreringer i revisionsloggen" });
  const opened = results.getByRole("row").filter({ hasText: "Åbnede henvisningen med fuldt CPR-nummer" });
  await expect(opened).toContainText("Sara Nielsen");
  await expect(opened).toContainText("Medarbejder i enhed, Center for Lungesygdomme");
  await expect(opened).toContainText(`Henvisning nr. ${number}`);
  await expect(opened).toContainText(masked);
  await expect(opened).toContainText("203.0.113.7");
  await expect(opened).not.toContainText("192.0.2.50");
  await expect(results.getByRole("row").filter({ hasText: "Sendte henvisningen" })).toContainText("Mette Sørensen");
  await expect(results).not.toContainText(cpr);
  await expectAccessible(page);

  // A download needs a period of at most 13 months.
  await expect(page.getByText("Vælg en periode på højst 13 måneder")).toBeVisible();
  await page.getByLabel("Fra dato").fill(today());
  await page.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(page).toHaveURL(/\/revisionslog\?from=[\d-]+&cprSearch=[\w-]+$/);
  const csv = await downloaded(page, "Hent som CSV-fil (Excel)");
  expect(csv.download.suggestedFilename()).toBe(`revisionslog-${today()}.csv`);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.lines[0]).toBe("Tidspunkt;Bruger;E-mail;Rolle;Organisation;Handling;Handlingskode;Vedrørende;Borger (CPR);IP-adresse;Browser;Detaljer");
  const line = csv.lines.find((candidate) => candidate.includes(";citizen.cpr.read;"));
  expect(line).toContain(`;Sara Nielsen;sara.nielsen@kk.example;Medarbejder i enhed;Center for Lungesygdomme;`);
  expect(line).toContain(`;Henvisning nr. ${number};${masked};203.0.113.7;`);
  expect(csv.lines.join("\n")).not.toContain(cpr);

  // The report for the citizen, which also shows Ole's own search and download.
  await page.getByRole("link", { name: /Hvem har set et bestemt CPR-nummer/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hvem har set dette CPR-nummer?");
  await page.getByLabel("Borgerens CPR-nummer").fill(cpr);
  await page.getByRole("button", { name: "Lav rapporten" }).click();
  await expect(page.getByRole("heading", { name: `Rapport for CPR-nummer ${cpr}` })).toBeVisible();
  const report = page.getByRole("table", { name: `Opslag og ændringer for CPR-nummer ${cpr}` });
  const seen = report.getByRole("row").filter({ hasText: "Åbnede henvisningen med fuldt CPR-nummer" });
  await expect(seen).toContainText("Sara Nielsen");
  await expect(seen).toContainText("Medarbejder i enhed, Center for Lungesygdomme");
  await expect(seen).toContainText("203.0.113.7");
  await expect(report.getByRole("row").filter({ hasText: "Søgte i revisionsloggen på et CPR-nummer" }).first()).toContainText("Ole Mikkelsen");
  await expect(report.getByRole("row").filter({ hasText: "Hentede revisionsloggen som CSV-fil" })).toContainText("Ole Mikkelsen");
  await expectAccessible(page);

  const reportCsv = await downloaded(page, "Hent rapporten som CSV-fil (Excel)");
  expect(reportCsv.download.suggestedFilename()).toBe(`hvem-har-set-cpr-${today()}.csv`);
  expect(reportCsv.lines.find((candidate) => candidate.includes(";citizen.cpr.read;"))).toContain(";Sara Nielsen;");
  await expect(page).toHaveURL(/\/revisionslog\/borger\?cprSearch=[\w-]+$/);
  // Two searches, two CSV files and the report's assets later: the number was in no address and no Referer.
  expect(addresses.some((address) => address.includes("/revisionslog/eksport?"))).toBe(true);
  expect(addresses.some((address) => address.includes("/revisionslog/borger/eksport?"))).toBe(true);
  expect(addresses.some((address) => address.includes("/_next/static/"))).toBe(true);
  expect(containing(addresses, cpr)).toEqual([]);

  // On paper: the report, without the menu, the form or the buttons.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Udskriv rapporten" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Lav rapporten" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Hovedmenu" })).toBeHidden();
  await expect(seen).toBeVisible();
});

test("a CPR number nobody has gives 'no entries', and bad input is said at the field", async ({ page }) => {
  await signInAs(page, "ADMIN");
  await page.goto("/revisionslog/borger");
  await page.getByLabel("Borgerens CPR-nummer").fill(uniqueCpr());
  await page.getByRole("button", { name: "Lav rapporten" }).click();
  await expect(page.getByTestId("report-none")).toHaveText("Ingen registreringer for dette CPR-nummer");
  await expectAccessible(page);

  await page.getByLabel("Borgerens CPR-nummer").fill("12345");
  await page.getByRole("button", { name: "Lav rapporten" }).click();
  await expect(page.getByLabel("Borgerens CPR-nummer")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Borgerens CPR-nummer")).toHaveAccessibleDescription(/Skriv CPR-nummeret med 10 cifre, fx 010203-1234/);
  await expectAccessible(page);

  await page.goto("/revisionslog");
  await page.getByLabel("Fra dato").fill("2026-03-02");
  await page.getByLabel("Til dato").fill("2026-03-01");
  await page.getByLabel("Borgerens CPR-nummer").fill("310261-1234");
  await page.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(page.getByLabel("Borgerens CPR-nummer")).toHaveValue("310261-1234");
  await expect(page).not.toHaveURL(/310261/);
  await expect(page.getByLabel("Til dato")).toHaveAccessibleDescription("Til-datoen skal være samme dag som fra-datoen eller senere");
  await expect(page.getByLabel("Borgerens CPR-nummer")).toHaveAccessibleDescription(/CPR-nummeret begynder ikke med en gyldig dato/);
  await expect(page.getByRole("alert").getByRole("link")).toHaveText([
    "Til-datoen skal være samme dag som fra-datoen eller senere",
    "CPR-nummeret begynder ikke med en gyldig dato (ddmmåå)",
  ]);
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search is a plain form: the filters in the URL, a CPR number only as a search id", async ({ page }) => {
    await signInAs(page, "ADMIN");
    await page.goto("/revisionslog");
    await page.getByLabel("Handling", { exact: true }).selectOption({ label: "Loggede ind" });
    await page.getByLabel("Bruger", { exact: true }).fill("ole.mikkelsen");
    await page.getByRole("button", { name: "Søg", exact: true }).click();
    await expect(page).toHaveURL(/\/revisionslog\?.*action=auth\.sign_in&user=ole\.mikkelsen/);
    const rows = page.getByRole("table", { name: "Registreringer i revisionsloggen" }).getByRole("row");
    await expect(rows.nth(1)).toContainText("Loggede ind");
    await expect(rows.nth(1)).toContainText("Ole Mikkelsen");
    await expect(page.getByLabel("Handling", { exact: true })).toHaveValue("auth.sign_in");
    // axe-core runs as a script, so the page's accessibility is checked in the stories above, with JavaScript.
    await page.getByRole("link", { name: "Nulstil søgningen" }).click();
    await expect(page).toHaveURL(/\/revisionslog$/);

    const cpr = uniqueCpr();
    const addresses = recordAddresses(page);
    await page.getByRole("link", { name: /Hvem har set et bestemt CPR-nummer/ }).click();
    await page.getByLabel("Borgerens CPR-nummer").fill(cpr);
    await page.getByRole("button", { name: "Lav rapporten" }).click();
    await expect(page.getByTestId("report-none")).toHaveText("Ingen registreringer for dette CPR-nummer");
    await expect(page).toHaveURL(/\/revisionslog\/borger\?cprSearch=[\w-]+$/);
    expect(containing(addresses, cpr)).toEqual([]);
  });
});

test("a GP is refused the audit log, the report and the downloads; without a session the downloads ask for sign-in", async ({ page }) => {
  expect((await page.request.get("/revisionslog/eksport?from=2026-01-01")).status()).toBe(401);
  expect((await page.request.post("/revisionslog/soeg", { form: { cpr: "0707614285" }, maxRedirects: 0 })).status()).toBe(401);
  await signInAs(page, "GP");
  for (const path of ["/revisionslog", "/revisionslog/borger"]) {
    expect((await page.goto(path))?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du har ikke adgang til denne side");
  }
  await expectAccessible(page);
  expect((await page.request.get("/revisionslog/eksport?from=2026-01-01")).status()).toBe(403);
  expect((await page.request.get("/revisionslog/borger/eksport?cprSearch=x")).status()).toBe(403);
  for (const path of ["/revisionslog/soeg", "/revisionslog/borger/soeg"]) {
    expect((await page.request.post(path, { form: { cpr: "0707614285" }, maxRedirects: 0 })).status()).toBe(403);
  }
});

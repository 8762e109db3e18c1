import { readFileSync } from "node:fs";
import pg from "pg";
import { expect, expectAccessible, signInAs, test } from "./support/fixtures";

// The manager's overview of referrals by status: counts about citizens with small cells suppressed
// (lib/reach/small-cells.ts). A count of 1–4 — a status or the total — reads "<5"; no count under 5 is shown as a
// number. The counts are compared with the database; other specs may send referrals meanwhile, so only statuses
// whose count is the same before and after the page was read are compared.

const messages = JSON.parse(readFileSync(new URL("../../lib/i18n/messages/da.json", import.meta.url), "utf8")) as { status: Record<string, string> };

async function countsByStatus(db: pg.Client): Promise<Map<string, number>> {
  const { rows } = await db.query<{ status: string; count: string }>(`select status, count(*) from "Referral" where status <> 'DRAFT' group by status`);
  return new Map(rows.map((row) => [row.status, Number(row.count)]));
}

test("a manager sees referrals by status, with every count under 5 shown as <5", async ({ page }) => {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const before = await countsByStatus(db);
    await signInAs(page, "MANAGER");
    await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Overblik" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overblik");
    const table = page.getByRole("table", { name: "Overblik" });
    await expect(table).toBeVisible();
    await expect(page.getByText("Tal under 5 vises som <5, så ingen borger kan genkendes.")).toBeVisible();
    await expectAccessible(page);

    const shown = new Map<string, string>();
    for (const row of await table.locator("tbody tr").all()) {
      const [status, count] = (await row.locator("td, th").allInnerTexts()).map((text) => text.trim());
      shown.set(status!, count!);
    }
    const total = (await table.locator("tfoot td").innerText()).trim();
    const after = await countsByStatus(db);

    // Whatever the data: a count is "<5", "skjult", 0 or at least 5 — never 1 to 4.
    for (const text of [...shown.values(), total]) expect(text, `count "${text}"`).toMatch(/^(<5|skjult|0|[5-9]|\d{2,})$/);

    const stable = [...before].filter(([status, count]) => after.get(status) === count);
    const small = stable.filter(([, count]) => count >= 1 && count <= 4);
    // The demo data has one referral with its first meeting booked; the specs that book more run in other workers.
    expect(small.length, "a status with 1–4 referrals to look at").toBeGreaterThan(0);
    for (const [status] of small) expect(shown.get(messages.status[status]!), `${status}`).toBe("<5");
    for (const [status, count] of stable.filter(([, count]) => count >= 5)) {
      expect([String(count), "skjult"], `${status}`).toContain(shown.get(messages.status[status]!));
    }
    const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
    if (sum(before) === sum(after) && sum(after) < 5) expect(total).toBe("<5");
  } finally {
    await db.end();
  }
});

test("a manager opens the bridging map and reads which activities each district has, and where there are none", async ({ page }) => {
  await signInAs(page, "MANAGER");
  await page.goto("/overblik");
  await page.getByRole("link", { name: /Se brobygningskortet/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brobygning: hvad findes hvor?");
  const map = page.getByRole("table", { name: "Aktiviteter efter bydel og behov" });
  const valby = map.getByRole("row", { name: /^Valby/ });
  // Columns: district, then the need categories in their order; "Socialt" is the fifth.
  await expect(map.getByRole("columnheader").nth(5)).toHaveText("Ensomhed og sociale forhold");
  await expect(valby.getByRole("cell").nth(4)).toContainText("Fællesspisning hver torsdag");
  await expect(valby.getByRole("cell").nth(4).getByRole("link", { name: "Samtalegruppe, når du har mistet en, du holdt af" })).toHaveAttribute("href", /\/tilbud\//);
  await expect(map.getByRole("row", { name: /^Indre By/ }).getByRole("cell").nth(0)).toHaveText("Ingen");
  await expect(page.getByTestId("bridging-gaps")).toContainText(/^\d+ af 70 felter har ingen aktivitet\.$/);
  await expectAccessible(page);
});

test("a manager downloads the overview's tables as CSV for Excel, with the page's values and suppression, and each download is in the audit log", async ({ page }) => {
  await signInAs(page, "MANAGER");
  await page.goto("/overblik");
  const table = page.getByRole("table", { name: "Overblik" });
  const shown = (await table.locator("tbody tr").all()).map(async (row) => (await row.locator("td, th").allInnerTexts()).map((text) => text.trim()).join(";"));
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Hent tabellen som CSV (til Excel)" }).first().click()]);
  expect(download.suggestedFilename()).toMatch(/^henvisninger-efter-status-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv.slice(1).split("\r\n");
  expect(lines[0]).toBe("Status;Henvisninger");
  // Other specs may send referrals between the page and the download: compare the row labels, and the suppression rule.
  expect(lines.slice(1, -2).map((line) => line.split(";")[0])).toEqual((await Promise.all(shown)).map((row) => row.split(";")[0]));
  for (const line of lines.slice(1, -1)) expect(line.split(";")[1], line).toMatch(/^(<5|skjult|0|[5-9]|\d{2,})$/);
  expect(lines.at(-2)).toMatch(/^I alt;/);

  const bridging = await page.request.get("/overblik/eksport?tabel=bridging");
  expect(bridging.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const rows = (await bridging.text()).slice(1).split("\r\n");
  // A cell with a comma is quoted (RFC 4180).
  expect(rows[0]).toBe('Bydel;"Krop, smerter og bevægelse";Vejrtrækning og hjerte;Psyke og trivsel;"Vaner: rygning, alkohol, mad";Ensomhed og sociale forhold;Arbejde og hverdag;At leve med sygdom');
  expect(rows.find((row) => row.startsWith("Valby;"))).toContain("Fællesspisning hver torsdag · Samtalegruppe, når du har mistet en, du holdt af");

  await signInAs(page, "ADMIN");
  await page.goto("/revisionslog?action=reach.export");
  await expect(page.getByRole("main")).toContainText("Hentede en tabel fra overblikket som CSV");
});

test("a manager reads how much of the social profile is not stated, per field and referrer, and downloads it", async ({ page }) => {
  await signInAs(page, "MANAGER");
  await page.goto("/overblik");
  await page.getByRole("link", { name: /Se datakvaliteten/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Datakvalitet: hvad er ikke oplyst?");
  const table = page.getByRole("table", { name: "Ikke oplyst, efter felt og henviser" });
  await expect(table.getByRole("rowheader")).toHaveText(["Bydel", "Uddannelse", "Beskæftigelse", "Bor alene", "Antal kroniske sygdomme"]);
  await expect(table.getByRole("columnheader").nth(1)).toContainText("Lægepraksis");
  // Each cell: the share (or "–" where a count is suppressed) over the count, which is never 1–4.
  for (const text of await table.getByRole("cell").allInnerTexts()) expect(text.trim(), text).toMatch(/^(\d+ % ikke oplyst|–)\n(0|[5-9]|\d{2,}|<5|skjult)$/);
  await expectAccessible(page);
  const csv = await (await page.request.get("/overblik/eksport?tabel=completeness")).text();
  expect(csv.slice(1).split("\r\n")[0]).toBe("Felt;Lægepraksis;Lægepraksis %;Jobcenter;Jobcenter %;Socialforvaltningen;Socialforvaltningen %;Hospital;Hospital %;Alle henvisere;Alle henvisere %");
});

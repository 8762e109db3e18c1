import type { Page } from "@playwright/test";
import { uniqueCpr } from "./citizens";
import { expect, signInAs, signOut, type DemoRole, type OTHER_PRACTICE_GP } from "./fixtures";

/**
 * Sending routes, writes the referral with its events, notification and audit rows, and renders the receipt: with two
 * e2e workers and the server on two cores it has taken longer than the default 5 s (one CI run in four this round).
 */
const RECEIPT_TIMEOUT_MS = 15_000;

interface Referrer {
  /** Who sends it: the practice nurse unless told otherwise. */
  by?: DemoRole | typeof OTHER_PRACTICE_GP;
  cpr?: string;
  phone?: string;
}

/** The practice nurse refers a citizen with COPD, who speaks Turkish and needs an interpreter, to the lung unit. */
export async function sendToLungUnit(page: Page, citizenName: string, { by = "PRACTICE_STAFF", cpr = uniqueCpr(), phone = "20 30 40 50" }: Referrer = {}): Promise<{ number: string; path: string }> {
  await signInAs(page, by);
  await page.goto("/tilbud/mere-luft-i-hverdagen-kol");
  await page.getByRole("link", { name: "Henvis", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ny henvisning");
  const startOver = page.getByRole("link", { name: "Start forfra" });
  if (await startOver.isVisible()) await startOver.click();
  await page.getByLabel("CPR-nummer").fill(cpr);
  await page.getByLabel("Navn", { exact: true }).fill(citizenName);
  await page.getByLabel("Telefonnummer (valgfrit)").fill(phone);
  await page.getByLabel("Hvornår er det bedst at ringe? (valgfrit)").fill("Efter kl. 16");
  await page.getByLabel("Borgerens sprog").selectOption("tr");
  await page.getByLabel("Borgeren har brug for tolk").check();
  await page.getByRole("button", { name: "Næste" }).click();
  await page.getByRole("checkbox", { name: "Åndenød", exact: true }).check();
  await page.getByLabel("Diagnoser (valgfrit)").fill("KOL");
  await page.getByRole("button", { name: "Næste" }).click();
  await page.getByRole("button", { name: "Næste" }).click();
  await expect(page.getByTestId("routing-preview")).toHaveText("Sendes til Center for Lungesygdomme, fordi borgeren passer til tilbuddet.");
  await page.getByLabel("Borgeren har sagt ja til at blive henvist").check();
  await page.getByRole("button", { name: "Send henvisningen" }).click();
  await expect(page.getByRole("heading", { name: "Henvisningen er sendt" })).toBeVisible({ timeout: RECEIPT_TIMEOUT_MS });
  const number = (await page.getByRole("heading", { level: 1 }).textContent())?.match(/\d+/)?.[0];
  if (!number) throw new Error("The receipt shows no referral number");
  const path = new URL(page.url()).pathname;
  await signOut(page);
  return { number, path };
}

/** The practice sends a referral without choosing an offer ("Ved ikke"): it goes to central triage. Returns its number. */
export async function sendToCentralTriage(page: Page, role: DemoRole, citizenName: string, needs: string[]): Promise<string> {
  await signInAs(page, role);
  await page.goto("/henvisninger/ny?triage=1&ny=1");
  await page.getByLabel("CPR-nummer").fill(uniqueCpr());
  await page.getByLabel("Navn", { exact: true }).fill(citizenName);
  await page.getByRole("button", { name: "Næste" }).click();
  for (const need of needs) await page.getByLabel(need, { exact: true }).check();
  await page.getByRole("button", { name: "Næste" }).click();
  await page.getByRole("button", { name: "Næste" }).click();
  await page.getByLabel("Borgeren har sagt ja til at blive henvist").check();
  await page.getByRole("button", { name: "Send henvisningen" }).click();
  await expect(page.getByRole("heading", { name: "Henvisningen er sendt" })).toBeVisible({ timeout: RECEIPT_TIMEOUT_MS });
  const number = (await page.getByRole("heading", { level: 1 }).textContent())?.match(/\d+/)?.[0];
  if (!number) throw new Error("The receipt shows no referral number");
  await signOut(page);
  return number;
}

/** The coordinator opens the case from "Ikke fordelt" and takes it. */
export async function takeCase(page: Page, citizenName: string, number: string) {
  await signInAs(page, "TRIAGE_COORDINATOR");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Central visitation" }).click();
  await expect(page.getByRole("link", { name: /Ikke fordelt/ })).toHaveAttribute("aria-current", "page");
  const row = page.getByRole("row", { name: new RegExp(citizenName) });
  await row.getByRole("link", { name: `Åbn sag nr. ${number}, ${citizenName}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sag nr. ${number}: ${citizenName}`);
  await page.getByRole("button", { name: "Tag sagen" }).click();
  await expect(page.getByText("Du har taget sagen.")).toBeVisible();
  await expect(page.getByTestId("case-status")).toHaveText("Under visitation");
}

import type { Page } from "@playwright/test";
import { uniqueCpr } from "./citizens";
import { expect, signInAs, signOut, type OTHER_PRACTICE_GP } from "./fixtures";

interface Referrer {
  /** Who sends it: the practice nurse unless told otherwise. */
  by?: "PRACTICE_STAFF" | typeof OTHER_PRACTICE_GP;
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
  await expect(page.getByRole("heading", { name: "Henvisningen er sendt" })).toBeVisible();
  const number = (await page.getByRole("heading", { level: 1 }).textContent())?.match(/\d+/)?.[0];
  if (!number) throw new Error("The receipt shows no referral number");
  const path = new URL(page.url()).pathname;
  await signOut(page);
  return { number, path };
}

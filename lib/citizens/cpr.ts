// Danish CPR numbers (DDMMYY-SSSS): the date must be real, the century follows from the 7th digit and the year, and
// modulus 11 is only a warning (valid numbers issued since 2007 may fail it).
import { copenhagenDay } from "@/lib/time/copenhagen";

export type CprResult =
  | { ok: true; cpr: string; birthDate: Date; sex: "FEMALE" | "MALE"; mod11Warning: boolean }
  | { ok: false; error: "format" | "date" | "future" };

const MOD11_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/** Keeps the ten digits of "DDMMYY-SSSS", "DDMMYYSSSS" or "DDMMYY SSSS"; anything else is not a CPR number. */
export function normaliseCpr(input: string): string | null {
  const match = /^\s*(\d{6})[-\s]?(\d{4})\s*$/.exec(input);
  return match ? `${match[1]}${match[2]}` : null;
}

export function centuryOf(yy: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900;
  if (seventhDigit === 4 || seventhDigit === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

export function passesMod11(cpr: string): boolean {
  const sum = MOD11_WEIGHTS.reduce((total, weight, index) => total + weight * Number(cpr[index]), 0);
  return sum % 11 === 0;
}

/** A CPR number's digits, birth date and sex; a date that does not exist, or a birth after `now`, is refused. */
export function parseCpr(input: string, now = new Date()): CprResult {
  const cpr = normaliseCpr(input);
  if (!cpr) return { ok: false, error: "format" };
  const day = Number(cpr.slice(0, 2));
  const month = Number(cpr.slice(2, 4));
  const yy = Number(cpr.slice(4, 6));
  const year = centuryOf(yy, Number(cpr[6])) + yy;
  const birthDate = new Date(Date.UTC(year, month - 1, day));
  if (birthDate.getUTCFullYear() !== year || birthDate.getUTCMonth() !== month - 1 || birthDate.getUTCDate() !== day) {
    return { ok: false, error: "date" };
  }
  // The century rule puts 2000–2036 on 7th digits 4 and 9 (and 2000–2057 on 5–8): 311235-4xxx would be born in 2035.
  // Today is Copenhagen's day: a child born just after midnight there has a CPR number before it is that day in UTC.
  if (birthDate.toISOString().slice(0, 10) > copenhagenDay(now)) return { ok: false, error: "future" };
  return { ok: true, cpr, birthDate, sex: Number(cpr[9]) % 2 === 1 ? "MALE" : "FEMALE", mod11Warning: !passesMod11(cpr) };
}

/** DDMMYY-XXXX: what lists show. The full number is shown only on a detail page, and that view is audit-logged. */
export function maskCpr(cpr: string): string {
  return `${cpr.slice(0, 6)}-XXXX`;
}

export function formatCpr(cpr: string): string {
  return `${cpr.slice(0, 6)}-${cpr.slice(6)}`;
}

export function ageOn(birthDate: Date, on: Date): number {
  const age = on.getUTCFullYear() - birthDate.getUTCFullYear();
  const hadBirthday =
    on.getUTCMonth() > birthDate.getUTCMonth() ||
    (on.getUTCMonth() === birthDate.getUTCMonth() && on.getUTCDate() >= birthDate.getUTCDate());
  return hadBirthday ? age : age - 1;
}

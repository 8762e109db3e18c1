import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session-user";
import { referralSchema } from "@/lib/referrals/schemas";
import { findDemoSessionUser } from "@/lib/session/users";

/** A CPR number with a real date, unique enough for parallel tests (not necessarily passing modulus 11). */
export function uniqueCpr(): string {
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, "0");
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, "0");
  const year = String(40 + Math.floor(Math.random() * 35)).padStart(2, "0");
  const serial = String(Math.floor(Math.random() * 3999)).padStart(4, "0"); // 7th digit 0-3: born in the 1900s
  return `${day}${month}${year}-${serial}`;
}

/** The session of a demo user (see lib/demo/organisations.ts), as the app would build it at sign-in. */
export async function demoSession(userId: string): Promise<SessionUser> {
  const user = await findDemoSessionUser(userId);
  if (!user) throw new Error(`No demo user ${userId}: seed first`);
  return user;
}

/** A complete, valid referral form as the server receives it; override any field. */
export function referralForm(overrides: Record<string, string | string[] | undefined> = {}) {
  return referralSchema.parse({
    idempotencyKey: randomUUID(),
    cpr: uniqueCpr(),
    citizenName: "Test Borger",
    phone: "20 30 40 50",
    needSlugs: ["aandenoed"],
    consent: "on",
    ...overrides,
  });
}

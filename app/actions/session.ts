"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { z } from "zod";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";
import { endCurrentSession, signIn, signOut } from "@/lib/session/auth";
import { text } from "@/lib/validation/text";

// Public by nature: signing in, signing out and choosing a language need no session. Inputs are still parsed.

const demoSignIn = z.object({ userId: text().min(1).max(64) });

export async function signInAsDemoUser(formData: FormData) {
  const parsed = demoSignIn.safeParse({ userId: formData.get("userId") });
  if (!parsed.success) redirect("/login?error=failed");
  try {
    await signIn("demo", { userId: parsed.data.userId, redirectTo: "/" });
  } catch (error) {
    if (error instanceof AuthError) redirect("/login?error=failed");
    throw error; // the redirect after a successful sign-in
  }
}

export async function signInWithOidc() {
  await signIn("oidc", { redirectTo: "/" });
}

export async function signOutUser() {
  await endCurrentSession();
  await signOut({ redirectTo: "/" });
}

const localeInput = z.object({ locale: z.enum(LOCALES), returnTo: z.unknown().transform(safeReturnPath) });

export async function setLocale(formData: FormData) {
  const parsed = localeInput.safeParse({ locale: formData.get("locale"), returnTo: formData.get("returnTo") });
  if (!parsed.success) redirect("/");
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  redirect(parsed.data.returnTo);
}

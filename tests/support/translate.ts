// lib's messages said as the pages say them (lib/i18n/error-messages.ts), for tests that check what the user reads.
import { createTranslator } from "next-intl";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { issueMessage } from "@/lib/validation/field-errors";
import { ERROR_NAMESPACE, errorTranslator, sayMessage, type ErrorMessage, type Translate } from "@/lib/i18n/error-messages";
import da from "@/lib/i18n/messages/da.json";
import en from "@/lib/i18n/messages/en.json";

export const translatorFor = (locale: "da" | "en"): Translate =>
  errorTranslator(createTranslator({ locale, messages: locale === "da" ? da : en, namespace: ERROR_NAMESPACE }) as never);

export const danish = translatorFor("da");

type Said = ErrorMessage | z.core.$ZodIssue | string;

/** A message (a key, a key with values, or a zod issue) in Danish. */
export function inDanish(message: Said): string;
export function inDanish(message: Said | undefined): string | undefined;
export function inDanish(message: Said | undefined): string | undefined {
  if (message === undefined) return undefined;
  return typeof message === "object" && "code" in message ? sayMessage(issueMessage(message), danish) : sayMessage(message, danish);
}

/** What a refused call says, in Danish: the AppError's code, message and field messages (anything else as it is). */
export async function refusalInDanish(attempt: Promise<unknown>): Promise<unknown> {
  const error = await attempt.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return error instanceof AppError ? { code: error.code, message: error.text(danish), fieldErrors: error.fieldTexts(danish) } : error;
}

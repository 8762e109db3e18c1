import type { z } from "zod";
import { sayFieldErrors, type ErrorMessage, type MessageKey, type MessageValues, type Translate } from "@/lib/i18n/error-messages";

/**
 * An issue's message, a key (see lib/i18n/error-messages.ts), with its values: the issue's own limits ({minimum},
 * {maximum} of a .min() or .max()) and, for a custom issue, its `params` (zod 4: `ctx.addIssue({ code: "custom",
 * message, params })`, `.refine(check, { message, params })`).
 */
export function issueMessage(issue: z.core.$ZodIssue): ErrorMessage {
  const values: MessageValues = {};
  if ("minimum" in issue) values.minimum = Number(issue.minimum);
  if ("maximum" in issue) values.maximum = Number(issue.maximum);
  if (issue.code === "custom" && issue.params) Object.assign(values, issue.params);
  return { key: issue.message as MessageKey, values };
}

/** A schema's messages by field name ("form" for the whole input), still keys: for pure code that parses. */
export function issueMessages(error: z.ZodError): Record<string, ErrorMessage[]> {
  const fieldErrors: Record<string, ErrorMessage[]> = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "form"] ??= []).push(issueMessage(issue));
  return fieldErrors;
}

/** A schema's messages by field name in the user's language, as forms and JSON answers show them. */
export const fieldErrorsOf = (error: z.ZodError, translate: Translate): Record<string, string[]> => sayFieldErrors(issueMessages(error), translate);

import type { z } from "zod";

/** A schema's Danish messages by field name ("form" for the whole input), as forms and JSON answers show them. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "form"] ??= []).push(issue.message);
  return fieldErrors;
}

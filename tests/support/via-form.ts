import type { z } from "zod";
import { AppError, FIELDS_MESSAGE } from "@/lib/errors";
import { issueMessages } from "@/lib/validation/field-errors";

/**
 * A decision as the page makes it: the form's values through the action's schema (refused as createAction refuses
 * them: INVALID, with each field's message), then the domain function with the parsed input — which holds no copy of
 * the schema's rules.
 */
export async function viaForm<S extends z.ZodType, T>(schema: S, values: Record<string, unknown>, run: (input: z.output<S>) => Promise<T>): Promise<T> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new AppError("INVALID", FIELDS_MESSAGE, { fieldErrors: issueMessages(parsed.error) });
  return run(parsed.data);
}

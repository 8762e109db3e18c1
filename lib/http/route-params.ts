// A route's [id] or [slug] is typed in the address bar as freely as a form field: checked by the same rule
// (lib/validation/text.ts) before it is used, so "/api/offers/a%00b" never reaches the database.
import { notFound } from "next/navigation";
import type { MessageKey } from "@/lib/i18n/error-messages";
import { isSafeText, UNSAFE_TEXT_MESSAGE } from "@/lib/validation/text";

export type Params = Record<string, string | string[] | undefined>;

/** Each param that holds control characters, by its name, with the message (a key) a form would show at the field. */
export function paramErrors(params: Params): Record<string, MessageKey[]> {
  const refused = Object.entries(params).filter(([, value]) => [value ?? []].flat().some((item) => !isSafeText(item)));
  return Object.fromEntries(refused.map(([name]) => [name, [UNSAFE_TEXT_MESSAGE]]));
}

/** A page's params; one that no record can have is "not found", like any unknown id. */
export async function pageParams<P extends Params>(params: Promise<P>): Promise<P> {
  const value = await params;
  if (Object.keys(paramErrors(value)).length > 0) notFound();
  return value;
}

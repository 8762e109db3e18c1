// What lib says to a user is a key of the "errorMessages" namespace (lib/i18n/messages/da.json, en.json), never a text:
// AppError and every zod message carry keys, and the action and route wrappers (lib/http), the pages and the forms in
// the browser say them in the user's language. Pure, for the server and the browser alike.
import type da from "./messages/da.json";

type KeysOf<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export const ERROR_NAMESPACE = "errorMessages";

/** A message of the "errorMessages" namespace, e.g. "users.emailTaken": a literal that is not one is a type error. */
export type MessageKey = KeysOf<(typeof da)[typeof ERROR_NAMESPACE]>;

/** The values a message names, e.g. {name} in "Sagen er allerede taget af en kollega: {name}.". */
export type MessageValues = Record<string, string | number>;

/** What lib says: a key, with its values when the message names one. */
export type ErrorMessage = MessageKey | { key: MessageKey; values: MessageValues };

/** A message said in the user's language (a string that is no key passes unchanged, see errorTranslator). */
export type Translate = (message: string, values?: MessageValues) => string;

/** next-intl's translator of the "errorMessages" namespace, as getTranslations and useTranslations give it. */
export interface ErrorTranslations {
  (key: string, values?: MessageValues): string;
  has(key: string): boolean;
}

/**
 * The one way lib's messages become text. A string that is no key is said as it is: only a text a wrapper already
 * translated (lib gives keys: tsc refuses a literal in AppError, lib/i18n/error-messages.test.ts one given to zod).
 */
export function errorTranslator(t: ErrorTranslations): Translate {
  return (message, values) => (t.has(message) ? t(message, values) : message);
}

export const sayMessage = (message: ErrorMessage | string, translate: Translate): string =>
  typeof message === "string" ? translate(message) : translate(message.key, message.values);

/** Each field's messages in the user's language. */
export const sayFieldErrors = (fieldErrors: Record<string, readonly (ErrorMessage | string)[]>, translate: Translate): Record<string, string[]> =>
  Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, messages.map((message) => sayMessage(message, translate))]));

/** One message per field (a search form's), in the user's language. */
export const sayEachField = <F extends string>(messages: Partial<Record<F, ErrorMessage>>, translate: Translate): Partial<Record<F, string>> =>
  Object.fromEntries(Object.entries<ErrorMessage | undefined>(messages).flatMap(([field, message]) => (message ? [[field, sayMessage(message, translate)]] : []))) as Partial<Record<F, string>>;

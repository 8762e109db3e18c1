// The one rule for every string a user, a browser or a practice system sends us: no characters that are invisible
// and harmful. Every zod schema builds its strings with text() (lib/*/schemas.ts, route and search params, actions),
// so a NUL byte never reaches PostgreSQL (which refuses it: 22021, a 500) and no one can hide text in a list. Pure.
import { z } from "zod";
import type { MessageKey } from "@/lib/i18n/error-messages";
// Every schema starts its strings here, so zod's own messages become a key before any schema parses.
import "./zod-defaults";

/** Said at the field: the user cannot see the character, so the message tells where it usually comes from. */
export const UNSAFE_TEXT_MESSAGE: MessageKey = "text.unsafe";

// C0 controls (NUL…US), DEL and C1 controls. Multi-line text keeps tab, line feed and carriage return (a textarea
// posts its line breaks as CRLF).
const CONTROL_ONE_LINE = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// Bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069) turn the text around them backwards on
// screen ("Trojan Source"): a name or a note could read differently from what is stored. Refused rather than stripped,
// so that what is stored is always what the user typed and saw. The marks U+200E/U+200F stay allowed: Arabic and
// Hebrew text uses them, and they reorder only neutral characters next to them.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** Whether a string is free of control characters, bidi controls and lone surrogates (not well-formed UTF-16). */
export function isSafeText(value: string, options: { multiline?: boolean } = {}): boolean {
  const control = options.multiline ? CONTROL_MULTI_LINE : CONTROL_ONE_LINE;
  return !control.test(value) && !BIDI_CONTROL.test(value) && value.isWellFormed();
}

/**
 * A string checked by isSafeText before anything else (trim, lengths, formats): the builder every schema starts its
 * strings with, instead of z.string(). `error` is the message (a key, lib/i18n/error-messages.ts) when the value is missing
 * or not a string.
 */
export function text(options: { error?: string; multiline?: boolean } = {}) {
  return z
    .string(options.error === undefined ? undefined : { error: options.error })
    .refine((value) => isSafeText(value, options), { message: UNSAFE_TEXT_MESSAGE, abort: true });
}

/** Whether a name has something to read: at least one letter, not only spaces, punctuation or zero-width characters. */
export const hasVisibleLetter = (value: string) => /\p{L}/u.test(value);

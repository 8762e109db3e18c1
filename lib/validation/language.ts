// Which language codes the portal accepts for a citizen (and in the search's language filter). Pure.
//
// ISO 639-1 codes, without a hand-typed list: a code counts when ICU — Node's full ICU on the server, the browser's on
// the client (the referral schema runs in both) — has a name for it, and it is the canonical code. Two letters that
// name nothing ("zz", "xx") are refused, and so are the withdrawn aliases ICU still knows ("iw", "in", "mo", "ji",
// "jw", "sh"): they canonicalise to "he", "id", "ro", "yi", "jv", "sr-Latn", which the form offers instead. The
// catalogue's own languages would be too narrow: a practice system may send any language the citizen speaks.
import type { MessageKey } from "@/lib/i18n/error-messages";

const names = new Intl.DisplayNames(["da"], { type: "language", fallback: "none" });

export const LANGUAGE_MESSAGE: MessageKey = "text.language";

export function isLanguageCode(code: string): boolean {
  if (!/^[a-z]{2}$/.test(code)) return false;
  return Intl.getCanonicalLocales(code)[0] === code && names.of(code) !== undefined;
}

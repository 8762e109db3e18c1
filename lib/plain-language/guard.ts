// The plain-language guard: finds the municipal words of ./words.ts in Danish text written for citizens, where they
// stand, and what to say instead. Case does not matter. A form is matched on whole words, where a word is a run of
// letters (any script, æ, ø and å included), combining marks and digits; JavaScript's \b knows only a–z and would end
// a word at "å". How each form is spelled is told in ./words.ts. Pure.
import { JARGON, type JargonEntry } from "@/lib/plain-language/words";

/** One listed word found in a text. */
export interface PlainLanguageFinding {
  /** The listed word, e.g. "målgruppe". */
  word: string;
  /** The text as written, e.g. "Målgruppen". */
  found: string;
  /** Where `found` starts in the text, in UTF-16 code units (as String.prototype.slice counts). */
  index: number;
  /** How long `found` is, in UTF-16 code units. */
  length: number;
  /** A plainer phrase to propose, in Danish. */
  suggestion: string;
}

const LETTER = String.raw`[\p{L}\p{M}\p{N}]`;
const WORD_START = String.raw`(?<![\p{L}\p{M}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{M}\p{N}])`;
/** What stands between the words of a two-word form: one space (also no-break space) or one hyphen. */
const SPACE_OR_HYPHEN = String.raw`[ \u00A0\-\u2010\u2011]`;
/** The Danish inflection endings a compound may have after its head ("*målgruppe" finds "delmålgrupperne"). */
const INFLECTIONS = ["ernes", "erne", "rnes", "ens", "ers", "ets", "rne", "en", "er", "et", "ne", "ns", "rs", "e", "n", "r", "s"];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The regular expression source of one form (see JargonEntry.forms). */
function formSource(form: string): string {
  const head = form.startsWith("*");
  const prefix = !head && form.endsWith("*");
  const body = form.replace(/^\*|\*$/g, "").split(" ").map(escape).join(SPACE_OR_HYPHEN);
  if (head) return `${LETTER}+${body}(?:${INFLECTIONS.join("|")})?`;
  return prefix ? `${body}${LETTER}*` : body;
}

/** One expression per listed word: any of its forms, as a whole word. Forms are tried in the order listed. */
const MATCHERS = JARGON.map((entry) => ({ entry, pattern: new RegExp(`${WORD_START}(?:${entry.forms.map(formSource).join("|")})${WORD_END}`, "giu") }));

function findingsOf(text: string, entry: JargonEntry, pattern: RegExp): PlainLanguageFinding[] {
  return [...text.matchAll(pattern)].map((match) => ({ word: entry.word, found: match[0], index: match.index, length: match[0].length, suggestion: entry.suggestion }));
}

/**
 * The listed words in `text`, in the order they stand. Findings never overlap: where two would, the one that starts
 * first is kept, or of two that start together the longer one, or of two alike the word listed first.
 */
export function findJargon(text: string): PlainLanguageFinding[] {
  const all = MATCHERS.flatMap(({ entry, pattern }) => findingsOf(text, entry, pattern)).sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: PlainLanguageFinding[] = [];
  let end = 0;
  for (const finding of all) {
    if (finding.index < end) continue;
    kept.push(finding);
    end = finding.index + finding.length;
  }
  return kept;
}

/** Whether `text` has none of the listed words. */
export function isPlain(text: string): boolean {
  return MATCHERS.every(({ pattern }) => text.search(pattern) === -1);
}

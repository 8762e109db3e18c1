// Danish compounds: "vejrtrækningsbesvær" is "vejr" + "trækning" + -s- + "besvær". A query word the vocabulary lacks is
// split into parts the vocabulary knows (each part a vocabulary word or the start of one a little longer, so "vejr"
// is known by "vejret"), with the linking letters -s- and -e- between parts. Pure: the known parts come from one
// statement over the vocabulary (lib/search/search-offers.ts).

/** Parts shorter than this are not looked for ("is", "to" would split anything). */
export const MIN_PART = 3;
/** A compound must be at least this long to be split. */
export const MIN_COMPOUND = 8;
/** The letters Danish puts between the parts of a compound. */
const LINKING = ["s", "e"] as const;

/** Every substring of `word` that could be a part: at least MIN_PART letters. */
export function candidateParts(word: string): string[] {
  if (word.length < MIN_COMPOUND) return [];
  const parts = new Set<string>();
  for (let start = 0; start <= word.length - MIN_PART; start += 1) {
    for (let end = start + MIN_PART; end <= word.length; end += 1) parts.add(word.slice(start, end));
  }
  return [...parts];
}

interface Split {
  parts: string[];
  /** Letters in parts the vocabulary knows: what the search can use. */
  searchable: number;
}

const better = (a: Split, b: Split | null) =>
  b === null || a.searchable > b.searchable || (a.searchable === b.searchable && a.parts.length < b.parts.length);

/**
 * The best split of `word` into known parts, left to right, a linking letter allowed after each part but the last.
 * `known` maps each known part to whether the vocabulary has it (true) or only the dictionary (false): the best split
 * has the most letters in vocabulary parts, then the fewest parts, then the longest first part. Null when no split
 * into two or more known parts covers the word, or none of them is in the vocabulary (the search could use none).
 */
export function splitCompound(word: string, known: ReadonlyMap<string, boolean>): string[] | null {
  if (word.length < MIN_COMPOUND) return null;
  // best[i]: the best split of word.slice(i), or null when it cannot be split.
  const best: (Split | null)[] = Array.from({ length: word.length + 1 }, () => null);
  best[word.length] = { parts: [], searchable: 0 };
  for (let start = word.length - MIN_PART; start >= 0; start -= 1) {
    let chosen: Split | null = null;
    for (let end = word.length; end >= start + MIN_PART; end -= 1) {
      const part = word.slice(start, end);
      const inVocabulary = known.get(part);
      if (inVocabulary === undefined) continue;
      const nexts = [end, ...LINKING.filter((letter) => word[end] === letter && end < word.length - MIN_PART).map(() => end + 1)];
      for (const next of nexts) {
        const rest = best[next];
        if (!rest) continue;
        const split = { parts: [part, ...rest.parts], searchable: rest.searchable + (inVocabulary ? part.length : 0) };
        if (better(split, chosen)) chosen = split;
      }
    }
    best[start] = chosen;
  }
  const split = best[0];
  return split && split.parts.length >= 2 && split.searchable > 0 ? split.parts : null;
}

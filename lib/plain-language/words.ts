// The municipal words ("kommuneord") that keep citizens away from a letter or a page written for them, each with a
// plainer phrase to say instead. Read by the plain-language guard (./guard.ts), which says how a form is matched. Pure.

/** One listed word: how it is written in the list, the forms of it that count, and what to say instead. */
export interface JargonEntry {
  /** The word as the list names it, e.g. "målgruppe". */
  word: string;
  /**
   * The forms that count, lower case:
   * - "målgrupp*": a word that starts with it and goes on with any letters (inflections such as "målgruppen", and
   *   compounds whose first part it is, such as "målgruppebeskrivelse");
   * - "*målgruppe": a compound that ends with it, after at least one letter, and then at most a Danish inflection
   *   ending ("-en", "-erne", "-s" …; ./guard.ts lists them), e.g. "delmålgruppen": the listed word is the compound's
   *   head;
   * - "borgerrettet": that whole word only.
   * A space in a form stands for one space or one hyphen. A word that has a form only in its middle does not count.
   */
  forms: readonly string[];
  /** A plainer phrase to propose, in Danish. */
  suggestion: string;
}

/** The listed words, in no particular order; a text is plain when none of their forms occurs in it. */
export const JARGON: readonly JargonEntry[] = [
  // "rehabiliter*" also catches the verb and adjective (rehabiliteret, rehabiliterende); "*rehabilitering" catches
  // compounds such as hjerterehabilitering.
  { word: "rehabilitering", forms: ["rehabiliter*", "*rehabilitering"], suggestion: "hjælp til at få det bedre" },
  // "forebygg*" catches forebyggelse(n), forebyggende, forebyggelsestilbud and the verb forebygge.
  { word: "forebyggelse", forms: ["forebygg*", "*forebyggelse"], suggestion: "hjælp til at holde sig rask" },
  { word: "egenmestring", forms: ["egenmestring*", "*egenmestring"], suggestion: "at klare hverdagen selv" },
  // Whole words only: "borgerrett*" would also catch borgerrettigheder (civil rights).
  { word: "borgerrettet", forms: ["borgerrettet", "borgerrettede"], suggestion: "drop ordet, eller skriv \"til dig\"" },
  { word: "patientrettet", forms: ["patientrettet", "patientrettede"], suggestion: "drop ordet" },
  { word: "forløbsprogram", forms: ["forløbsprogram*"], suggestion: "en plan for, hvad der skal ske" },
  // The two-word form first, so "bydækkende enhed" is found whole rather than as "bydækkende" alone.
  { word: "bydækkende enhed", forms: ["bydækkende enhed*", "bydækkende"], suggestion: "et sted i kommunen for hele byen" },
  // Not "visit*": "visit" and "visitkort" are plain words.
  { word: "visitation", forms: ["visitation*", "visiter*", "*visitation"], suggestion: "vi finder det rette tilbud sammen med dig" },
  { word: "målgruppe", forms: ["målgrupp*", "*målgruppe"], suggestion: "dem, tilbuddet er for" },
  { word: "KOL-kursus", forms: ["kol kurs*"], suggestion: "træning og samtaler for folk med åndenød" },
];

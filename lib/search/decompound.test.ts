import { describe, expect, it } from "vitest";
import { candidateParts, splitCompound } from "./decompound";

const vocabulary = (...words: string[]) => words.map((word) => [word, true] as const);
const dictionary = (...words: string[]) => words.map((word) => [word, false] as const);
const known = new Map([...vocabulary("vejr", "alkohol", "problemer", "søvn", "lunge", "ryg", "smerter", "hjerte"), ...dictionary("trækning", "besvær", "problem", "vejrtrækning")]);

describe("splitCompound", () => {
  it.each([
    ["vejrtrækningsbesvær", ["vejr", "trækning", "besvær"]],
    ["alkoholproblemer", ["alkohol", "problemer"]],
    ["søvnproblemer", ["søvn", "problemer"]],
    ["lungeproblemer", ["lunge", "problemer"]],
    ["rygsmerter", ["ryg", "smerter"]],
    ["hjertesmerter", ["hjerte", "smerter"]],
  ])("splits %j into known parts, across the linking letters", (word, parts) => {
    expect(splitCompound(word, known)).toEqual(parts);
  });

  it("prefers the split the search can use most of, then the fewest parts", () => {
    // "vejrtrækning" is a dictionary word, but only "vejr" of it is in the vocabulary.
    expect(splitCompound("vejrtrækningsbesvær", known)).toEqual(["vejr", "trækning", "besvær"]);
    expect(splitCompound("søvnproblemer", new Map([...known, ...dictionary("pro", "blemer")]))).toEqual(["søvn", "problemer"]);
  });

  it("splits nothing when no part is in the vocabulary: the search could use none of it", () => {
    expect(splitCompound("trækningsbesvær", known)).toBeNull();
  });

  it("splits nothing it cannot cover with known parts, nor a word too short to be a compound", () => {
    expect(splitCompound("tandpinefri", known)).toBeNull();
    expect(splitCompound("vejrlig", known)).toBeNull();
    expect(splitCompound("alkohol", known)).toBeNull();
  });

  it("does not take a linking letter that would leave too short a part", () => {
    expect(splitCompound("alkoholses", new Map([...vocabulary("alkohol"), ...dictionary("ses", "es")]))).toEqual(["alkohol", "ses"]);
  });
});

describe("candidateParts", () => {
  it("lists every substring of at least three letters of a compound, and none of a short word", () => {
    expect(candidateParts("rygsmerter")).toContain("smerter");
    expect(candidateParts("rygsmerter").every((part) => part.length >= 3)).toBe(true);
    expect(candidateParts("ryg")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { findJargon, isPlain } from "./guard";
import { JARGON } from "./words";

/** The findings in `text`, each as the listed word and the text found. */
const only = (text: string) => findJargon(text).map(({ word, found }) => ({ word, found }));

describe("findJargon", () => {
  it.each([
    ["rehabilitering", ["rehabilitering", "Rehabiliteringen", "rehabiliteringsforløb", "rehabiliterende", "hjerterehabilitering"], "hjælp til at få det bedre"],
    ["forebyggelse", ["forebyggelse", "forebyggelsen", "forebyggende", "forebyggelsestilbud", "kræftforebyggelsen"], "hjælp til at holde sig rask"],
    ["egenmestring", ["egenmestring", "egenmestringen"], "at klare hverdagen selv"],
    ["borgerrettet", ["borgerrettet", "borgerrettede"], 'drop ordet, eller skriv "til dig"'],
    ["patientrettet", ["patientrettet", "patientrettede"], "drop ordet"],
    ["forløbsprogram", ["forløbsprogram", "forløbsprogrammet", "forløbsprogrammer"], "en plan for, hvad der skal ske"],
    ["bydækkende enhed", ["bydækkende enhed", "bydækkende enheder", "bydækkende-enhed", "bydækkende"], "et sted i kommunen for hele byen"],
    ["visitation", ["visitation", "visitationen", "visiteret", "visiteres", "visitere", "genvisitation"], "vi finder det rette tilbud sammen med dig"],
    ["målgruppe", ["målgruppe", "målgruppen", "målgrupper", "målgrupperne", "målgruppens", "delmålgrupperne"], "dem, tilbuddet er for"],
    ["KOL-kursus", ["KOL-kursus", "KOL-kurset", "KOL-kurser", "KOL kursus"], "træning og samtaler for folk med åndenød"],
  ])("finds %s in its forms, with its suggestion", (word, forms, suggestion) => {
    for (const form of forms) {
      expect(findJargon(`Vi har ${form} her.`), form).toEqual([{ word, found: form, index: 7, length: form.length, suggestion }]);
    }
  });

  it("lists every word of the list, each with a suggestion", () => {
    expect(JARGON.map((entry) => entry.word)).toEqual([
      "rehabilitering",
      "forebyggelse",
      "egenmestring",
      "borgerrettet",
      "patientrettet",
      "forløbsprogram",
      "bydækkende enhed",
      "visitation",
      "målgruppe",
      "KOL-kursus",
    ]);
    for (const entry of JARGON) expect(entry.suggestion.length).toBeGreaterThan(0);
  });

  it("does not care about case", () => {
    expect(only("MÅLGRUPPEN")).toEqual([{ word: "målgruppe", found: "MÅLGRUPPEN" }]);
    expect(only("Rehabilitering")).toEqual([{ word: "rehabilitering", found: "Rehabilitering" }]);
    expect(only("kol-kursus")).toEqual([{ word: "KOL-kursus", found: "kol-kursus" }]);
    expect(only("Bydækkende Enhed")).toEqual([{ word: "bydækkende enhed", found: "Bydækkende Enhed" }]);
  });

  it("finds nothing in plain sentences or in words that only look alike", () => {
    for (const text of [
      "Træning med andre i samme situation",
      "Vi ringer til dig",
      "En samtale om, hvad der er svært lige nu",
      "visit",
      "målet",
      "gruppe",
      "Tag dit visitkort med.",
      "Du har borgerrettigheder.",
      "Vi går en tur i gruppen.",
      "genoptræning",
      "KOL",
      "kursus",
      "",
    ]) {
      expect(findJargon(text), text).toEqual([]);
    }
  });

  it("does not find a word that has a listed form only in its middle", () => {
    expect(findJargon("ekstramålgruppebaseret")).toEqual([]);
    expect(findJargon("førvisitationsamtale")).toEqual([]);
  });

  it("points at the word as written, in order, also several in one text", () => {
    const text = "Målgruppen for forløbet er borgere, der er visiteret til rehabilitering.";
    const findings = findJargon(text);
    expect(findings.map(({ word, found }) => ({ word, found }))).toEqual([
      { word: "målgruppe", found: "Målgruppen" },
      { word: "visitation", found: "visiteret" },
      { word: "rehabilitering", found: "rehabilitering" },
    ]);
    for (const finding of findings) expect(text.slice(finding.index, finding.index + finding.length)).toBe(finding.found);
    expect(findings.map((finding) => finding.index)).toEqual([0, 43, 57]);
  });

  it("ends and starts words at Danish letters and punctuation", () => {
    expect(findJargon("Hvem er målgruppe.")).toEqual([{ word: "målgruppe", found: "målgruppe", index: 8, length: 9, suggestion: "dem, tilbuddet er for" }]);
    expect(findJargon("Tilbud (målgruppen) her")).toEqual([{ word: "målgruppe", found: "målgruppen", index: 8, length: 10, suggestion: "dem, tilbuddet er for" }]);
    expect(only("«forebyggelse»,rehabilitering;")).toEqual([
      { word: "forebyggelse", found: "forebyggelse" },
      { word: "rehabilitering", found: "rehabilitering" },
    ]);
    // æ, ø and å are letters: one before a form makes it another word, one after is part of the word.
    expect(findJargon("åvisiteret")).toEqual([]);
    expect(findJargon("økol-kursus")).toEqual([]);
    expect(findJargon("visiteretå")).toEqual([{ word: "visitation", found: "visiteretå", index: 0, length: 10, suggestion: "vi finder det rette tilbud sammen med dig" }]);
    expect(findJargon("borgerrettetæ")).toEqual([]);
  });

  it("finds a two-word entry across one space or hyphen, and not across more", () => {
    expect(only("en bydækkende enhed i byen")).toEqual([{ word: "bydækkende enhed", found: "bydækkende enhed" }]);
    expect(only("to bydækkende-enheder")).toEqual([{ word: "bydækkende enhed", found: "bydækkende-enheder" }]);
    expect(only("en bydækkende  enhed")).toEqual([{ word: "bydækkende enhed", found: "bydækkende" }]);
    expect(only("et KOL kursus")).toEqual([{ word: "KOL-kursus", found: "KOL kursus" }]);
    expect(only("et KOL  kursus")).toEqual([]);
  });

  it("gives findings that never overlap", () => {
    // Both "forebygg*" and "*målgruppe" fit the whole word; it is found once, as the word listed first.
    expect(only("forebyggelsesmålgruppen")).toEqual([{ word: "forebyggelse", found: "forebyggelsesmålgruppen" }]);
  });
});

describe("isPlain", () => {
  it("is true for plain text and false when a listed word is in it", () => {
    expect(isPlain("Vi taler om, hvad der er svært lige nu, og hvad du gerne vil.")).toBe(true);
    expect(isPlain("Du er i målgruppen.")).toBe(false);
    expect(isPlain("Vi tilbyder et KOL-kursus.")).toBe(false);
  });

  it("answers the same when asked twice (no state kept between calls)", () => {
    expect(isPlain("visitation")).toBe(false);
    expect(isPlain("visitation")).toBe(false);
    expect(findJargon("visitation visitation")).toHaveLength(2);
    expect(findJargon("visitation")).toHaveLength(1);
  });
});

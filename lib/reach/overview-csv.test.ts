import { describe, expect, it } from "vitest";
import { CSV_BOM } from "@/lib/audit/csv";
import { bridgingCsv, escalatedCsv, statusCsv, type CsvWords } from "./overview-csv";
import type { BridgingMap } from "./bridging-map";

const words: CsvWords = { label: (key) => `[${key}]`, small: "<5", hidden: "skjult" };

describe("the overview's CSV", () => {
  it("writes the status table with the page's suppression: numbers, <5 and skjult, never a raw small count", () => {
    const csv = statusCsv(
      {
        rows: [
          { status: "RECEIVED", count: { kind: "shown", value: 12 } },
          { status: "ACCEPTED", count: { kind: "small" } },
          { status: "DECLINED", count: { kind: "hidden" } },
        ],
        total: { kind: "shown", value: 23 },
        empty: false,
      },
      words,
    );
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual(["[status];[count]", "[status.RECEIVED];12", "[status.ACCEPTED];<5", "[status.DECLINED];skjult", "[total];23", ""]);
  });

  it("writes the escalated counts per holder, central triage by name, small counts as <5", () => {
    const csv = escalatedCsv({ rows: [{ unitName: null, count: { kind: "small" } }, { unitName: "Center for Lungesygdomme", count: { kind: "shown", value: 7 } }], empty: false, countedAt: new Date() }, words);
    expect(csv.slice(1).split("\r\n")).toEqual(["[holder];[count]", "[centralTriage];<5", "Center for Lungesygdomme;7", ""]);
  });

  it("writes the bridging map with each cell's titles, or the word for none", () => {
    const map = {
      districts: ["VALBY", "INDRE_BY"],
      categories: ["SOCIAL"],
      cells: { VALBY: { SOCIAL: [{ slug: "a", title: "Fællesspisning; hver torsdag" }, { slug: "b", title: "Samtalegruppe" }] }, INDRE_BY: { SOCIAL: [] } },
      gaps: 1,
    } as unknown as BridgingMap;
    expect(bridgingCsv(map, words).slice(1).split("\r\n")).toEqual(["[district];[category.SOCIAL]", '[district.VALBY];"Fællesspisning; hver torsdag · Samtalegruppe"', "[district.INDRE_BY];[none]", ""]);
  });
});

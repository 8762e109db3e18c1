import { describe, expect, it } from "vitest";
import { UNSAFE_TEXT_MESSAGE } from "@/lib/validation/text";
import { MAX_QUERY_LENGTH, parseOfferSearch, queryWords, toQueryString } from "./schemas";

describe("offer search in the URL", () => {
  it("reads a full search and writes it back the same", () => {
    const query = "q=ondt+i+kn%C3%A6et&need=BODY&district=VALBY&district=NOERREBRO&format=GROUP&language=ar&noDiagnosis=1&evening=1&maxWait=4";
    const { search } = parseOfferSearch(new URLSearchParams(query));
    expect(search).toMatchObject({ q: "ondt i knæet", need: ["BODY"], district: ["VALBY", "NOERREBRO"], format: ["GROUP"], language: ["ar"], noDiagnosis: true, evening: true, maxWait: 4, social: false });
    expect(toQueryString(search)).toBe(query);
  });

  it("drops values it does not know instead of failing", () => {
    const { search } = parseOfferSearch({ district: ["VALBY", "ATLANTIS"], format: "TELEPATHY", maxWait: "5", language: "dansk" });
    expect(search.district).toEqual(["VALBY"]);
    expect(search.format).toEqual([]);
    expect(search.maxWait).toBeUndefined();
    expect(search.q).toBe("");
  });

  it("cuts a too long query to the search field's length and drops only a filter with too many values", () => {
    const { search } = parseOfferSearch({ q: `  ${"ånde ".repeat(100)}`, district: Array.from({ length: 51 }, () => "VALBY"), format: "GROUP", evening: "ja" });
    expect(search.q).toHaveLength(MAX_QUERY_LENGTH - 1);
    expect(search.q.startsWith("ånde ånde")).toBe(true);
    expect(search).toMatchObject({ district: [], format: ["GROUP"], evening: false });
    expect(parseOfferSearch({ unit: "x".repeat(101), need: "MIND" }).search).toMatchObject({ unit: [], need: ["MIND"] });
  });

  it("accepts Next's searchParams object", () => {
    expect(parseOfferSearch({ q: "stress", evening: "1", unit: undefined }).search).toMatchObject({ q: "stress", evening: true, unit: [] });
  });

  it.each([
    ["a NUL byte", "\u0000x"],
    ["a line break", "kol\nastma"],
    ["a bidi override", "stress\u202e"],
    ["a lone surrogate", "ondt\ud800"],
  ])("refuses a query with %s at the field and searches with the filters alone", (_case, q) => {
    expect(parseOfferSearch({ q, evening: "1", district: "VALBY" })).toEqual({
      search: expect.objectContaining({ q: "", evening: true, district: ["VALBY"] }),
      fieldErrors: { q: [{ key: UNSAFE_TEXT_MESSAGE, values: {} }] },
    });
  });

  it("takes the first of repeated queries and drops a filter value with control characters", () => {
    expect(parseOfferSearch(new URLSearchParams("q=kol&q=astma&unit=a%00b&language=zz&language=ar"))).toEqual({
      search: expect.objectContaining({ q: "kol", unit: [], language: ["ar"] }),
      fieldErrors: {},
    });
  });
});

describe("queryWords", () => {
  it("keeps letters and digits, lower-cased, and nothing a tsquery could misread", () => {
    expect(queryWords("Kan IKKE få vejret!! & | :* type-2")).toEqual(["kan", "ikke", "få", "vejret", "type"]);
  });
});

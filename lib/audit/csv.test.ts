import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvFilename, csvRow } from "./csv";

describe("CSV cells", () => {
  it("leaves plain text as it is, Danish letters too", () => {
    expect(csvCell("Sara Nielsen")).toBe("Sara Nielsen");
    expect(csvCell("Ærø Østerbro Åby")).toBe("Ærø Østerbro Åby");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("quotes cells holding the separator, a comma, quotes or line breaks, doubling the quotes", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('sagde "hej"')).toBe('"sagde ""hej"""');
    expect(csvCell("linje 1\nlinje 2")).toBe('"linje 1\nlinje 2"');
    expect(csvCell("linje 1\r\nlinje 2")).toBe('"linje 1\r\nlinje 2"');
  });

  it.each(["=HYPERLINK(\"http://evil.example\")", "+4512345678", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])(
    "makes %j text, not a formula, with a leading apostrophe",
    (value) => {
      const cell = csvCell(value);
      expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
      expect(cell).toContain(value.replaceAll('"', '""'));
    },
  );

  it("escapes a formula that also holds the separator: apostrophe first, then quotes", () => {
    expect(csvCell('=1;"x"')).toBe(`"'=1;""x"""`);
  });

  it("leaves a masked CPR number, a date and an address alone", () => {
    expect(csvCell("070761-XXXX")).toBe("070761-XXXX");
    expect(csvCell("2026-11-23 14:05:09")).toBe("2026-11-23 14:05:09");
    expect(csvCell("::1")).toBe("::1");
  });
});

describe("CSV rows and files", () => {
  it("joins cells with ; and ends rows with CRLF", () => {
    expect(csvRow(["a", "b;c", null, 3])).toBe('a;"b;c";;3\r\n');
  });

  it("starts with a byte order mark so Excel reads UTF-8", () => {
    expect(CSV_BOM).toBe("\uFEFF");
    expect(new TextEncoder().encode(CSV_BOM)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("names the file by the day in Copenhagen", () => {
    // 23:30 UTC on 23 November is 00:30 on 24 November in Copenhagen.
    expect(csvFilename("revisionslog", new Date("2026-11-23T23:30:00Z"))).toBe("revisionslog-2026-11-24.csv");
  });
});

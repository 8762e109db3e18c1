import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("the path a setting form sends the browser back to", () => {
  it("keeps a path on the portal, with its query string", () => {
    expect(safeReturnPath("/tilbud")).toBe("/tilbud");
    expect(safeReturnPath("/tilbud?q=%C3%A5ndened&district=amager")).toBe("/tilbud?q=%C3%A5ndened&district=amager");
    expect(safeReturnPath("/henvisninger/abc123")).toBe("/henvisninger/abc123");
  });

  it("drops a fragment and normalises dot segments, staying on the portal", () => {
    expect(safeReturnPath("/tilbud#resultater")).toBe("/tilbud");
    expect(safeReturnPath("/a/../../tilbud")).toBe("/tilbud");
  });

  it("refuses protocol-relative and backslash tricks that browsers read as another host", () => {
    for (const path of ["//evil.example", "/\\evil.example", "\\\\evil.example", "/%5Cevil.example", "/%5cevil.example", "/tilbud\\..\\x"]) {
      expect(safeReturnPath(path), path).toBe("/");
    }
  });

  it("refuses control characters: tab and newline that parsers drop, and CR/LF that would split the header", () => {
    for (const path of ["/\t/evil.example", "/\n/evil.example", "/tilbud\r\nSet-Cookie: x=1", "/%0d%0aSet-Cookie:x", "/%09/evil.example", "/\u0000", "/\u007f"]) {
      expect(safeReturnPath(path), JSON.stringify(path)).toBe("/");
    }
  });

  it("refuses absolute URLs, other schemes and anything not a path", () => {
    for (const input of ["https://evil.example/", "http://portal.invalid/tilbud", "javascript:alert(1)", "JaVaScRiPt:alert(1)", "tilbud", "", " /tilbud", null, undefined, 42]) {
      expect(safeReturnPath(input), String(input)).toBe("/");
    }
  });

  it("refuses a path longer than any page of ours", () => {
    expect(safeReturnPath(`/${"a".repeat(600)}`)).toBe("/");
  });
});

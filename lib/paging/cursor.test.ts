import { describe, expect, it } from "vitest";
import { encodeCursor, pageCursorSchema, toPage } from "./cursor";

describe("page cursor", () => {
  it("reads back the cursor it wrote", () => {
    const cursor = { at: new Date("2026-12-01T10:11:12.345Z"), id: "cmx5qkkq9005zxh7df5nxns2i" };
    const token = encodeCursor(cursor);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(pageCursorSchema.parse(token)).toEqual(cursor);
  });

  it("counts anything else as no cursor (the first page)", () => {
    for (const token of [undefined, "", "%%%", "bm90IGpzb24", btoa('["x","y"]'), btoa("[1,\"a b\"]"), btoa("[-1,\"a\"]"), "x".repeat(201)]) {
      expect(pageCursorSchema.parse(token)).toBeUndefined();
    }
  });

  it("cuts one row more than a page into the page and the next cursor", () => {
    const rows = [1, 2, 3].map((n) => ({ id: `r${n}`, at: new Date(n * 1000) }));
    expect(toPage(rows, 3, (row) => row.at)).toEqual({ rows });
    const page = toPage(rows, 2, (row) => row.at);
    expect(page.rows).toEqual(rows.slice(0, 2));
    expect(pageCursorSchema.parse(page.next)).toEqual({ at: new Date(2000), id: "r2" });
  });
});

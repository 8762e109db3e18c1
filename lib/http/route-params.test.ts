import { describe, expect, it } from "vitest";
import { UNSAFE_TEXT_MESSAGE } from "@/lib/validation/text";
import { BAD_CHARACTERS } from "@/tests/support/bad-text";
import { paramErrors } from "./route-params";

describe("route params", () => {
  it("let ids, slugs and catch-all segments through", () => {
    expect(paramErrors({ id: "cmabc123", slug: "mere-luft-i-hverdagen-kol", nextauth: ["signin", "demo"] })).toEqual({});
  });

  it.each(BAD_CHARACTERS)("refuse one with %s at its name", (_name, character) => {
    expect(paramErrors({ id: `a${character}b`, slug: "ok" })).toEqual({ id: [UNSAFE_TEXT_MESSAGE] });
    expect(paramErrors({ nextauth: ["signin", `x${character}`] })).toEqual({ nextauth: [UNSAFE_TEXT_MESSAGE] });
  });
});

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BAD_CHARACTERS } from "@/tests/support/bad-text";
import { hasVisibleLetter, isSafeText, text, UNSAFE_TEXT_MESSAGE } from "./text";

describe("the text rule", () => {
  it.each(BAD_CHARACTERS)("refuses %s on one line and in multi-line text", (_name, character) => {
    expect(isSafeText(`ab${character}cd`)).toBe(false);
    expect(isSafeText(`ab${character}cd`, { multiline: true })).toBe(false);
  });

  it("keeps tab and line breaks in multi-line text only", () => {
    for (const value of ["a\tb", "a\nb", "a\r\nb"]) {
      expect(isSafeText(value, { multiline: true })).toBe(true);
      expect(isSafeText(value)).toBe(false);
    }
  });

  it("accepts Danish, other scripts, emoji (surrogate pairs) and the bidi marks Arabic text uses", () => {
    for (const value of ["Søren Ærø Åberg", "محمد \u200fعلي", "שלום", "Nguyễn Văn Anh", "Kim 😀", "Zoë-Marie O'Brien", ""]) expect(isSafeText(value)).toBe(true);
  });

  it("is a zod string checked before trim and lengths, with one Danish message", () => {
    const schema = text().trim().min(2, "for kort");
    expect(schema.safeParse("  Bo  ").data).toBe("Bo");
    expect(schema.safeParse("\u0000").error?.issues.map((issue) => issue.message)).toEqual([UNSAFE_TEXT_MESSAGE]);
    expect(text({ error: "Skriv noget" }).safeParse(undefined).error?.issues[0]?.message).toBe("Skriv noget");
  });

  it("finds a visible letter in a name, not in zero-width characters, spaces or punctuation", () => {
    expect(hasVisibleLetter("Å")).toBe(true);
    expect(hasVisibleLetter("\u200b\u200c\u200d\u2060\ufeff")).toBe(false);
    expect(hasVisibleLetter(" - . ")).toBe(false);
  });
});

// The one rule only holds if no schema builds a string without it. lib/config.ts reads the environment, not input.
const root = new URL("../../", import.meta.url).pathname;
// Not input: the environment (lib/config.ts), and the payload of a CPR search id the server sealed itself — what was
// typed in it is checked by the audit page's schema, which then says at the field what is wrong.
const ALLOWED = new Set(["lib/validation/text.ts", "lib/config.ts", "lib/citizens/citizen-search-id.ts"]);

function sourceFiles(path: string): string[] {
  if (statSync(path).isFile()) return /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => (["node_modules", "generated"].includes(name) ? [] : sourceFiles(join(path, name))));
}

describe("every schema", () => {
  it("builds its strings with text(), never z.string() directly", () => {
    const offenders = ["app", "lib", "components"]
      .flatMap((folder) => sourceFiles(join(root, folder)))
      .filter((file) => !ALLOWED.has(file.slice(root.length)))
      .filter((file) => /\bz\s*\.\s*string\s*\(/.test(readFileSync(file, "utf8")));
    expect(offenders.map((file) => file.slice(root.length))).toEqual([]);
  });
});

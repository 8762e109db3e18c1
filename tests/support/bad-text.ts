// Characters every schema refuses (lib/validation/text.ts), for the table-driven tests of each schema.
import { expect, it } from "vitest";
import { UNSAFE_TEXT_MESSAGE } from "@/lib/validation/text";

export const BAD_CHARACTERS: readonly (readonly [name: string, character: string])[] = [
  ["NUL", "\u0000"],
  ["bell (C0)", "\u0007"],
  ["escape", "\u001b"],
  ["DEL", "\u007f"],
  ["next line (C1)", "\u0085"],
  ["right-to-left override", "\u202e"],
  ["left-to-right embedding", "\u202a"],
  ["first-strong isolate", "\u2068"],
  ["pop directional isolate", "\u2069"],
  ["lone high surrogate", "\ud83d"],
  ["lone low surrogate", "\ude00"],
];

/** `value` with `character` after its first character, where trimming cannot take it away. */
export const withCharacter = (value: string, character: string) => `${value.slice(0, 1)}${character}${value.slice(1)}`;

type Schema = { safeParse: (input: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } };

/** Every (field × bad character) of a schema: the field's valid value with the character in it. */
export function badTextCases(valid: Record<string, string>, fields: readonly string[] = Object.keys(valid)) {
  return fields.flatMap((field) => BAD_CHARACTERS.map(([name, character]) => [field, name, withCharacter(valid[field] ?? "", character)] as const));
}

/** The input is refused with the text rule's Danish message, and only that, at `field`. */
export function expectRefusedAt(schema: Schema, input: unknown, field: string) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  const atField = (result.error?.issues ?? []).filter((issue) => issue.path.join(".") === field || issue.path[0] === field).map((issue) => issue.message);
  expect(atField).toEqual([UNSAFE_TEXT_MESSAGE]);
}

/** One schema in a table of bad-character tests: a valid input, and the fields in it that a user or a page fills in. */
export interface BadTextCase {
  name: string;
  schema: Schema;
  valid: Record<string, string>;
  fields: readonly string[];
}

/** The tests of such a table: each valid input passes; with each bad character in each field, it is refused at that field. */
export function itRefusesBadText(cases: readonly BadTextCase[]) {
  const rows = cases.flatMap(({ name, schema, valid, fields }) => badTextCases(valid, fields).map(([field, character, value]) => ({ name, schema, valid, field, character, value })));
  it.each(rows)("$name: refuses $field with $character, with the Danish message at the field", ({ schema, valid, field, value }) => {
    expect(schema.safeParse(valid).error?.issues ?? []).toEqual([]);
    expectRefusedAt(schema, { ...valid, [field]: value }, field);
  });
}

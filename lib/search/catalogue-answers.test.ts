import { describe, expect, it } from "vitest";
import { answerFor, itemsFor, type Catalogue } from "./catalogue-answers";

const at = (version: string, minute: number): Catalogue => ({ version, now: new Date(Date.UTC(2026, 11, 2, 9, minute)) });

describe("answers kept for a catalogue version", () => {
  it("are read again when the catalogue changes or time makes them wrong, and kept otherwise", async () => {
    const key = `key-${Math.random()}`;
    let reads = 0;
    const read = (validUntil: Date | null) => () => Promise.resolve({ value: ++reads, validUntil });
    const untilMinute10 = at("1", 10).now;

    expect(await answerFor(at("1", 0), key, read(untilMinute10))).toBe(1);
    expect(await answerFor(at("1", 9), key, read(untilMinute10))).toBe(1);
    // An offer stops being new at minute 10: the counts of "new" change with no edit.
    expect(await answerFor(at("1", 10), key, read(null))).toBe(2);
    expect(await answerFor(at("1", 50), key, read(null))).toBe(2);
    // An edit anywhere (any server) moves the version.
    expect(await answerFor(at("2", 50), key, read(null))).toBe(3);
  });
});

describe("items kept for a catalogue version", () => {
  it("reads only the ones not kept, in one go, keeps the order asked for, and reads again after an edit", async () => {
    const kind = `kind-${Math.random()}`;
    const asked: string[][] = [];
    const read = (missing: string[]) => {
      asked.push(missing);
      // "gone" was removed from the catalogue: the read finds no such item.
      return Promise.resolve(missing.filter((id) => id !== "gone").map((id) => ({ id, version: asked.length })));
    };

    expect(await itemsFor(at("1", 0), kind, ["b", "a"], read)).toEqual([{ id: "b", version: 1 }, { id: "a", version: 1 }]);
    expect(await itemsFor(at("1", 5), kind, ["c", "a", "gone", "b"], read)).toEqual([{ id: "c", version: 2 }, { id: "a", version: 1 }, { id: "b", version: 1 }]);
    expect(asked).toEqual([["b", "a"], ["c", "gone"]]);

    expect(await itemsFor(at("2", 6), kind, ["a"], read)).toEqual([{ id: "a", version: 3 }]);
    expect(await itemsFor(at("1", 6), kind, [], read)).toEqual([]);
    expect(asked).toHaveLength(3);
  });
});

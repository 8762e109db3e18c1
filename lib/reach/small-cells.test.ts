import { describe, expect, it } from "vitest";
import { suppressSmallCells, suppressSmallCounts, type DisplayCell, type SuppressedTable, type TotalsShown } from "./small-cells";

const shown = (value: number): DisplayCell => ({ kind: "shown", value });
const small: DisplayCell = { kind: "small" };
const hidden: DisplayCell = { kind: "hidden" };

/** What a table looks like to a reader: n for a count, "<5", or "x" for hidden. */
const look = (cell: DisplayCell | null | undefined) => (cell === null || cell === undefined ? null : cell.kind === "shown" ? cell.value : cell.kind === "small" ? "<5" : "x");
const looks = (table: SuppressedTable) => ({
  cells: table.cells.map((row) => row.map(look)),
  rowTotals: table.rowTotals?.map(look) ?? null,
  columnTotals: table.columnTotals?.map(look) ?? null,
  total: look(table.total),
});

/**
 * A reader who knows the rule tries every table that fits what is shown: "<5" is 1–4, any other hidden entry 5 or more
 * (cells tried up to `ceiling`: fewer candidates can only make the reader surer, so a bound is on the safe side), and
 * every total must agree with what it shows. Returns, for each "<5" (cell or total), the values it could have.
 */
function attack(table: SuppressedTable, totals: TotalsShown, ceiling: number): Map<string, Set<number>> {
  const unknown: { r: number; c: number; values: number[] }[] = [];
  table.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.kind === "small") unknown.push({ r, c, values: [1, 2, 3, 4] });
      if (cell.kind === "hidden") unknown.push({ r, c, values: Array.from({ length: ceiling - 4 }, (_, i) => i + 5) });
    }),
  );
  const grid = table.cells.map((row) => row.map((cell) => (cell.kind === "shown" ? cell.value : 0)));
  const agrees = (cell: DisplayCell, sum: number) => (cell.kind === "shown" ? cell.value === sum : cell.kind === "small" ? sum >= 1 && sum <= 4 : sum >= 5);
  const possible = new Map<string, Set<number>>();
  const note = (key: string, cell: DisplayCell | undefined, value: number) => {
    if (cell?.kind === "small") possible.set(key, (possible.get(key) ?? new Set()).add(value));
  };
  const visit = (i: number) => {
    if (i < unknown.length) {
      const u = unknown[i]!;
      for (const value of u.values) {
        grid[u.r]![u.c] = value;
        visit(i + 1);
      }
      return;
    }
    const rowSums = grid.map((row) => row.reduce((a, b) => a + b, 0));
    const columnSums = (grid[0] ?? []).map((_, c) => grid.reduce((sum, row) => sum + row[c]!, 0));
    const grand = rowSums.reduce((a, b) => a + b, 0);
    const rowTotals = totals === "rows" || totals === "both" ? table.rowTotals! : [];
    const columnTotals = totals === "columns" || totals === "both" ? table.columnTotals! : [];
    const fits = rowTotals.every((cell, r) => agrees(cell, rowSums[r]!)) && columnTotals.every((cell, c) => agrees(cell, columnSums[c]!)) && (!table.total || agrees(table.total, grand));
    if (!fits) return;
    table.cells.forEach((row, r) => row.forEach((cell, c) => note(`cell ${r},${c}`, cell, grid[r]![c]!)));
    rowTotals.forEach((cell, r) => note(`row total ${r}`, cell, rowSums[r]!));
    columnTotals.forEach((cell, c) => note(`column total ${c}`, cell, columnSums[c]!));
    note("total", table.total ?? undefined, grand);
  };
  visit(0);
  return possible;
}

function expectNoSmallCellDerivable(counts: number[][], totals: TotalsShown) {
  const table = suppressSmallCells(counts, totals);
  const ceiling = Math.max(5, ...counts.flat()) + 3;
  const smallOnes = [...table.cells.flat(), ...(table.rowTotals ?? []), ...(table.columnTotals ?? []), table.total].filter((cell) => cell?.kind === "small");
  const possible = attack(table, totals, ceiling);
  expect(possible.size, "the true table fits what is shown").toBe(smallOnes.length);
  for (const [entry, values] of possible) {
    expect(values.size, `${entry} of ${JSON.stringify(counts)} (${totals}) can be worked out: ${JSON.stringify(looks(table))}`).toBeGreaterThan(1);
  }
  return table;
}

describe("the reader's attack", () => {
  it("does work out a small cell when only the small cells are hidden: what the complements are for", () => {
    const onlyPrimary: SuppressedTable = { cells: [[small], [shown(20)]], rowTotals: null, columnTotals: [shown(21)], total: shown(21) };
    expect(attack(onlyPrimary, "columns", 30).get("cell 0,0")).toEqual(new Set([1]));
  });
});

describe("suppressSmallCounts (one list with its total)", () => {
  it("shows 5 and more and 0 as they are, and 1–4 as <5, when two small counts leave the total safe", () => {
    const { cells, total } = suppressSmallCounts([12, 3, 7, 1, 0]);
    expect(cells).toEqual([shown(12), small, shown(7), small, shown(0)]);
    // 23 − 19 = 4 hidden: 1+3, 2+2 or 3+1.
    expect(total).toEqual(shown(23));
  });

  it("hides the next-smallest count when one small count would be the total minus the rest", () => {
    const { cells, total } = suppressSmallCounts([12, 3, 7, 9]);
    expect(cells).toEqual([shown(12), small, hidden, shown(9)]);
    expect(total).toEqual(shown(31));
  });

  it("hides one more when two small counts add up to 2 (both must be 1) or 8 (both 4)", () => {
    expect(suppressSmallCounts([12, 1, 1, 20]).cells).toEqual([hidden, small, small, shown(20)]);
    expect(suppressSmallCounts([12, 4, 4, 20]).cells).toEqual([hidden, small, small, shown(20)]);
  });

  it("hides one more when a small count and a hidden 5 would pin it (hidden part 6 = 1 + 5)", () => {
    const { cells } = suppressSmallCounts([1, 5, 30]);
    expect(cells).toEqual([small, hidden, hidden]);
    expectNoSmallCellDerivable([[1], [5], [30]], "columns");
  });

  it("shows a total of 1–4 as <5 too, and never hides a zero as a complement", () => {
    expect(suppressSmallCounts([0, 3, 0])).toEqual({ cells: [shown(0), small, shown(0)], total: small });
    expect(suppressSmallCounts([1])).toEqual({ cells: [small], total: small });
    expect(suppressSmallCounts([0, 0])).toEqual({ cells: [shown(0), shown(0)], total: shown(0) });
    expectNoSmallCellDerivable([[0], [3], [0]], "columns");
  });

  it("shows everything when nothing is small, and an empty list as a total of 0", () => {
    expect(suppressSmallCounts([5, 0, 40])).toEqual({ cells: [shown(5), shown(0), shown(40)], total: shown(45) });
    expect(suppressSmallCounts([])).toEqual({ cells: [], total: shown(0) });
  });

  it("all small: every count <5, and a total that would pin them is hidden", () => {
    expect(suppressSmallCounts([1, 1, 1])).toEqual({ cells: [small, small, small], total: small });
    expect(suppressSmallCounts([1, 1, 1, 1, 1])).toEqual({ cells: [small, small, small, small, small], total: hidden });
    const { cells, total } = suppressSmallCounts([2, 3, 4]);
    expect(cells).toEqual([small, small, small]);
    expect(total).toEqual(shown(9));
    expectNoSmallCellDerivable([[2], [3], [4]], "columns");
  });
});

describe("suppressSmallCells (a table with totals)", () => {
  it("shows a table with no small cell as it is, totals included", () => {
    expect(looks(suppressSmallCells([[5, 6], [7, 0]], "both"))).toEqual({ cells: [[5, 6], [7, 0]], rowTotals: [11, 7], columnTotals: [12, 6], total: 18 });
  });

  it("without totals, hides only the small cells: nothing adds up to give them away", () => {
    expect(looks(suppressSmallCells([[1, 20], [30, 2]]))).toEqual({ cells: [["<5", 20], [30, "<5"]], rowTotals: null, columnTotals: null, total: null });
  });

  it("hides complements in the row and the column of a small cell, and again where that leaves one hidden", () => {
    const counts = [
      [2, 10, 12],
      [9, 15, 20],
      [11, 30, 8],
    ];
    const table = expectNoSmallCellDerivable(counts, "both");
    expect(looks(table).cells).toEqual([
      ["<5", "x", 12],
      ["x", "x", 20],
      [11, 30, 8],
    ]);
    expect(looks(table).rowTotals).toEqual([24, 44, 49]);
    expect(looks(table).total).toBe(117);
  });

  it("cascades: a 2×2 table with one small cell hides all four cells, then a total, as each line needs", () => {
    expectNoSmallCellDerivable([[1, 6], [7, 9]], "both");
    expectNoSmallCellDerivable([[3, 0], [0, 9]], "both");
  });

  it("all small: the totals that would pin a cell are hidden", () => {
    const table = expectNoSmallCellDerivable([[1, 2], [3, 4]], "both");
    expect(table.cells.flat()).toEqual([small, small, small, small]);
  });

  it("only row totals or only column totals are protected the same way", () => {
    expectNoSmallCellDerivable([[1, 8, 9], [6, 2, 10]], "rows");
    expectNoSmallCellDerivable([[1, 8, 9], [6, 2, 10]], "columns");
  });

  it("a reader who tries every table that fits the shown totals never finds a single value for a <5 (random tables)", () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const modes: TotalsShown[] = ["both", "rows", "columns"];
    for (let i = 0; i < 300; i += 1) {
      const rows = 1 + Math.floor(random() * 3);
      const columns = 1 + Math.floor(random() * 3);
      // Mostly small numbers, some zeros, a few larger ones: the hard cases.
      const counts = Array.from({ length: rows }, () => Array.from({ length: columns }, () => [0, 1, 2, 3, 4, 5, 6, 9][Math.floor(random() * 8)]!));
      expectNoSmallCellDerivable(counts, modes[i % 3]!);
    }
  });

  it("refuses what is not a table of counts", () => {
    expect(() => suppressSmallCells([[1, 2], [3]])).toThrow(/as many cells/);
    expect(() => suppressSmallCells([[-1]])).toThrow(/not a count/);
    expect(() => suppressSmallCells([[1.5]])).toThrow(/not a count/);
  });
});

// Small-cell suppression for counts about citizens (the reach overview, and every table of counts after it). Pure.
//
// Rule (docs/security.md, "Small cells"):
// 1. A count of 1–4 is shown as "<5" (primary suppression), totals included — the practice of Danmarks Statistik,
//    RKKP and Sundhedsdatastyrelsen: so few people can be recognised by whoever knows the unit, the district or the
//    month. A 0 is shown as 0: an empty cell points at no one, and "no one from Amager was referred" is what a manager
//    must be able to see; zeros are never hidden as complements either, so a hidden entry is never 0 (see 3).
// 2. A hidden cell must not be worked out from the totals shown beside it (complementary suppression). Every row and
//    column with its total, and the row totals and the column totals with the grand total, is a line whose entries add
//    up. A line with exactly one hidden entry gives it away, so there the smallest non-zero shown cell is hidden too, or,
//    when the line has none, its total; repeated until no line has exactly one hidden entry. The totals are the real
//    sums — a total is shown only as it is, or hidden; never recomputed from what is shown.
// 3. Then the table is checked as a reader who knows this rule would attack it: a "<5" is 1–4, any other hidden entry
//    is at least 5 (zeros are never hidden, and 1–4 are already "<5"). (a) Interval reasoning
//    over every line, repeated until nothing narrows (two "<5" adding up to 2 must both be 1; a "<5" beside a hidden 5
//    in a line whose hidden part adds up to 6 must be 1). (b) Adding and subtracting whole lines: a hidden entry is
//    exact when no cycle of hidden entries runs through it (a bridge in the graph whose nodes are the lines and whose
//    edges are the hidden entries — each entry lies in two lines). Where a "<5" can be pinned to one value, the
//    smallest non-zero shown cell in one of its lines (else a total) is hidden too, and steps 2–3 repeat until stable.
//
// The result can hide more than the minimum (finding the fewest complements is a hard optimisation problem); it never
// hides less than the rule. Not covered: a reader who combines this table with another one published from the same data
// (e.g. the same counts by district and by age band) — tables meant to be read together must come from one call.

export const SMALL_CELL_LIMIT = 5;

/** What a reader may see of a count: the count itself, "<5", or hidden so that a "<5" cannot be worked out. */
export type DisplayCell = { kind: "shown"; value: number } | { kind: "small" } | { kind: "hidden" };

/** Which totals the table shows; any total shown comes with the grand total. */
export type TotalsShown = "none" | "rows" | "columns" | "both";

export interface SuppressedTable {
  cells: DisplayCell[][];
  /** One per row, when row totals are shown. */
  rowTotals: DisplayCell[] | null;
  /** One per column, when column totals are shown. */
  columnTotals: DisplayCell[] | null;
  /** The grand total, when any totals are shown. */
  total: DisplayCell | null;
}

type Status = "shown" | "small" | "hidden";

interface Line {
  members: number[];
  total: number;
}

/** The table with its totals as one list of entries, the lines they add up in, and the nodes of the graph in (b). */
class Grid {
  readonly values: number[] = [];
  readonly status: Status[] = [];
  /** Inner cells are hidden as complements before totals are. */
  readonly inner: boolean[] = [];
  readonly lines: Line[] = [];
  /** Each entry's two ends (line indexes; -1 is "no line", a total that is not shown). */
  readonly ends: [number, number][] = [];
  readonly cell: number[][];
  readonly rowTotal: number[] = [];
  readonly columnTotal: number[] = [];
  readonly grand: number = -1;

  constructor(counts: readonly (readonly number[])[], totals: TotalsShown) {
    const columns = counts[0]?.length ?? 0;
    const showRows = totals === "rows" || totals === "both";
    const showColumns = totals === "columns" || totals === "both";
    const add = (value: number, inner: boolean) => {
      this.values.push(value);
      this.status.push(value > 0 && value < SMALL_CELL_LIMIT ? "small" : "shown");
      this.inner.push(inner);
      this.ends.push([-1, -1]);
      return this.values.length - 1;
    };
    this.cell = counts.map((row) => row.map((value) => add(value, true)));
    const sum = (ids: number[]) => ids.reduce((total, id) => total + this.values[id]!, 0);
    const column = (c: number) => this.cell.map((row) => row[c]!);
    const line = (members: number[], total: number) => {
      const index = this.lines.push({ members, total }) - 1;
      for (const id of [...members, total]) {
        const ends = this.ends[id]!;
        ends[ends[0] === -1 ? 0 : 1] = index;
      }
    };
    if (showRows || showColumns) this.grand = add(sum(this.cell.flat()), false);
    if (showRows) {
      this.rowTotal = this.cell.map((row) => add(sum(row), false));
      this.cell.forEach((row, r) => line(row, this.rowTotal[r]!));
      line(this.rowTotal, this.grand);
    }
    if (showColumns) {
      this.columnTotal = Array.from({ length: columns }, (_, c) => add(sum(column(c)), false));
      this.columnTotal.forEach((total, c) => line(column(c), total));
      line(this.columnTotal, this.grand);
    }
  }

  hidden(id: number): boolean {
    return this.status[id] !== "shown";
  }

  /** The entry to hide next in these lines: the smallest non-zero shown inner cell, else the smallest non-zero total. */
  complementIn(lineIndexes: number[]): number | null {
    const candidates = [...new Set(lineIndexes.flatMap((index) => [...this.lines[index]!.members, this.lines[index]!.total]))].filter((id) => !this.hidden(id) && this.values[id]! > 0);
    const smallest = (ids: number[]) => ids.reduce<number | null>((best, id) => (best === null || this.values[id]! < this.values[best]! ? id : best), null);
    return smallest(candidates.filter((id) => this.inner[id])) ?? smallest(candidates.filter((id) => !this.inner[id]));
  }

  /** Step 2: no line keeps exactly one hidden entry. */
  protectLines(): void {
    for (let changed = true; changed; ) {
      changed = false;
      this.lines.forEach((line, index) => {
        if ([...line.members, line.total].filter((id) => this.hidden(id)).length !== 1) return;
        const next = this.complementIn([index]);
        if (next === null) return;
        this.status[next] = "hidden";
        changed = true;
      });
    }
  }

  /** Step 3: the "<5" entries a reader could pin to one value. */
  disclosed(): number[] {
    const bounds = this.readerBounds();
    return this.values.flatMap((_, id) => (this.status[id] === "small" && (bounds[id]![0] === bounds[id]![1] || this.isBridge(id)) ? [id] : []));
  }

  /** (a) What a reader can narrow each entry to, line by line, until nothing changes. */
  private readerBounds(): [number, number][] {
    const bounds = this.values.map((value, id): [number, number] => {
      if (this.status[id] === "shown") return [value, value];
      if (this.status[id] === "small") return [1, SMALL_CELL_LIMIT - 1];
      return [SMALL_CELL_LIMIT, Infinity];
    });
    // Each round narrows some bound by at least 1 or stops; the cap only guards against a bug.
    for (let round = 0, changed = true; changed && round < 10_000; round += 1) {
      changed = false;
      const narrow = (id: number, lo: number, hi: number) => {
        const [oldLo, oldHi] = bounds[id]!;
        const next: [number, number] = [Math.max(oldLo, lo), Math.min(oldHi, hi)];
        if (next[0] !== oldLo || next[1] !== oldHi) {
          bounds[id] = next;
          changed = true;
        }
      };
      for (const { members, total } of this.lines) {
        const lo = members.reduce((sum, id) => sum + bounds[id]![0], 0);
        const hi = members.reduce((sum, id) => sum + bounds[id]![1], 0);
        narrow(total, lo, hi);
        const [totalLo, totalHi] = bounds[total]!;
        for (const id of members) {
          // Summed afresh rather than hi − own, which is Infinity − Infinity when this entry is unbounded.
          const others = (end: 0 | 1) => members.reduce((sum, other) => (other === id ? sum : sum + bounds[other]![end]), 0);
          const othersLo = others(0);
          const othersHi = others(1);
          narrow(id, totalLo - othersHi, totalHi - othersLo);
        }
      }
    }
    return bounds;
  }

  /** (b) No cycle of hidden entries through this one: whole lines added and subtracted give its exact value. */
  private isBridge(id: number): boolean {
    const [from, to] = this.ends[id]!;
    if (from === to) return false;
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length > 0) {
      const node = queue.pop()!;
      for (let other = 0; other < this.values.length; other += 1) {
        if (other === id || !this.hidden(other)) continue;
        const [a, b] = this.ends[other]!;
        const next = a === node ? b : b === node ? a : null;
        if (next === null || seen.has(next)) continue;
        if (next === to) return false;
        seen.add(next);
        queue.push(next);
      }
    }
    return true;
  }

  /** Steps 2 and 3 until stable. Each turn hides one more entry, so it ends. */
  suppress(): void {
    for (;;) {
      this.protectLines();
      const [first] = this.disclosed();
      if (first === undefined) return;
      const next = this.complementIn(this.ends[first]!.filter((end) => end !== -1)) ?? this.complementIn(this.lines.map((_, index) => index));
      if (next === null) return;
      this.status[next] = "hidden";
    }
  }

  display(id: number): DisplayCell {
    const status = this.status[id]!;
    return status === "shown" ? { kind: "shown", value: this.values[id]! } : { kind: status };
  }
}

function assertCounts(counts: readonly (readonly number[])[]): void {
  const width = counts[0]?.length ?? 0;
  for (const row of counts) {
    if (row.length !== width) throw new Error("suppressSmallCells: every row must have as many cells as the first");
    for (const value of row) if (!Number.isInteger(value) || value < 0) throw new Error(`suppressSmallCells: ${value} is not a count`);
  }
}

/** A table of counts (rows × columns) as a reader may see it, with the totals it shows. */
export function suppressSmallCells(counts: readonly (readonly number[])[], totals: TotalsShown = "none"): SuppressedTable {
  assertCounts(counts);
  const grid = new Grid(counts, totals);
  grid.suppress();
  return {
    cells: grid.cell.map((row) => row.map((id) => grid.display(id))),
    rowTotals: totals === "rows" || totals === "both" ? grid.rowTotal.map((id) => grid.display(id)) : null,
    columnTotals: totals === "columns" || totals === "both" ? grid.columnTotal.map((id) => grid.display(id)) : null,
    total: grid.grand === -1 ? null : grid.display(grid.grand),
  };
}

/** One list of counts with its total under it (a table of one column), e.g. referrals by status. */
export function suppressSmallCounts(counts: readonly number[]): { cells: DisplayCell[]; total: DisplayCell } {
  const table = suppressSmallCells(counts.map((count) => [count]), "columns");
  return { cells: table.cells.map(([cell]) => cell!), total: table.total! };
}

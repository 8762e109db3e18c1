// Counts beside the lists (the triage queue's views, "venter på svar", "har nyt") stop just past COUNT_LIMIT: a count
// then reads at most COUNT_LIMIT + 1 index entries however long a list grows, and the page says "over 1.000". Nobody
// works through more than a thousand cases from a number on a tab; the list itself pages through all of them.

export const COUNT_LIMIT = 1000;

/** Prisma's `count` with these arguments stops just past the limit. */
export const CAPPED = { take: COUNT_LIMIT + 1 } as const;

/** The same limit for a count written in SQL: `SELECT count(*) FROM (… LIMIT ${CAPPED_SQL_LIMIT}) shown`. */
export const CAPPED_SQL_LIMIT = COUNT_LIMIT + 1;

export const isOverLimit = (count: number) => count > COUNT_LIMIT;

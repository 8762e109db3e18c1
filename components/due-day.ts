import type { getFormatter } from "next-intl/server";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/**
 * The day a step is due, "tirsdag 9. december": a clock's `dueAt` is the start of the next day (lib/service-levels/clock.ts),
 * so the day shown is the one before it, on Copenhagen's calendar.
 */
export function dueDay(format: Pick<Formatter, "dateTime">, dueAt: Date): string {
  return format.dateTime(new Date(dueAt.getTime() - 1), { weekday: "long", day: "numeric", month: "long", timeZone: "Europe/Copenhagen" });
}

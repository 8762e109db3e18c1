// The day a step is due, "tirsdag 9. december": a clock's `dueAt` is the start of the next day (lib/service-levels/clock.ts),
// so the day shown is the one before it, on Copenhagen's calendar. One formatter per language for the whole process:
// a list shows a due day on every row, and making an Intl formatter with a time zone is the slow part.

const formatters = new Map<string, Intl.DateTimeFormat>();

export function dueDay(locale: string, dueAt: Date): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "da-DK", { weekday: "long", day: "numeric", month: "long", timeZone: "Europe/Copenhagen" });
    formatters.set(locale, formatter);
  }
  return formatter.format(new Date(dueAt.getTime() - 1));
}

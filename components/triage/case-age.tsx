import { useTranslations } from "next-intl";
import { caseAge } from "@/lib/triage/case-age";
import type { PublicHolidays } from "@/lib/time/working-days";

/** "1 dag – inden for målet" / "3 dage – over målet": said in words and marked with a sign, not by colour alone. */
export function CaseAge({ receivedAt, dueAt, now, holidays }: { receivedAt: Date; dueAt: Date | null; now: Date; holidays: PublicHolidays }) {
  const t = useTranslations("triage.age");
  const { workingDays, overTarget } = caseAge(receivedAt, dueAt, now, holidays);
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded border-2 px-2 py-0.5 text-sm font-semibold whitespace-nowrap ${
        overTarget ? "border-red-700 bg-red-50 text-red-900" : "border-green-700 bg-green-50 text-green-900"
      }`}
    >
      <span aria-hidden="true">{overTarget ? "!" : "✓"}</span>
      {t(overTarget ? "over" : "within", { days: workingDays })}
    </span>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import type { ServiceStep } from "@/lib/generated/prisma/enums";
import { isOverdue } from "@/lib/service-levels/clock";
import { dueDay } from "./due-day";
import { OverdueBadge } from "./overdue-badge";

/**
 * When the step owed on a referral is due ("Frist tirsdag 9. december"), and an "Overskredet" badge once it is late:
 * said in a word and marked with a sign, not by colour alone. Nothing when no step is owed. `plain`: the due day only,
 * where the row says it is late already (triage's "over målet").
 */
export async function DueMark({ dueAt, now, plain = false }: { dueAt: Date | null; now: Date; plain?: boolean }) {
  if (!dueAt) return null;
  const t = await getTranslations("clock");
  const due = t("due", { due: dueDay(await getLocale(), dueAt) });
  if (plain || !isOverdue(dueAt, now)) return <span className="mt-1 block text-sm text-slate-700">{due}</span>;
  return (
    <span className="mt-1 block text-sm" data-testid="overdue-mark">
      <OverdueBadge className="bg-red-50" />{" "}
      <span className="text-slate-800">{due}</span>
    </span>
  );
}

/** On a case page: the step owed and when it is due ("Første forsøg på kontakt: ! Overskredet Frist torsdag 26. november"). */
export async function StepDue({ step, dueAt, now }: { step: ServiceStep | null; dueAt: Date | null; now: Date }) {
  if (!step || !dueAt) return null;
  const t = await getTranslations("clock");
  return (
    <div className="mt-2" data-testid="step-due">
      <span className="font-semibold">{t("nextStepLabel", { step: t(`steps.${step}`) })}</span>
      <DueMark dueAt={dueAt} now={now} />
    </div>
  );
}

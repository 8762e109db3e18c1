"use client";

import { useTranslations } from "next-intl";
import { FORM_STEPS } from "@/lib/referrals/schemas";

/** The four steps in order, the current one marked; steps already reached can be opened again. */
export function StepProgress({ current, reached, onSelect }: { current: number; reached: number; onSelect: (index: number) => void }) {
  const t = useTranslations("referralForm");
  return (
    <ol aria-label={t("progressLabel")} className="flex flex-wrap gap-x-6 gap-y-3">
      {FORM_STEPS.map((step, index) => {
        const isCurrent = index === current;
        const done = index < reached;
        const content = (
          <>
            <span
              aria-hidden="true"
              className={`flex size-8 shrink-0 items-center justify-center rounded-full border-2 font-bold ${
                isCurrent ? "border-brand-700 bg-brand-700 text-white" : done ? "border-brand-700 bg-white text-brand-700" : "border-slate-400 bg-white text-slate-700"
              }`}
            >
              {done && !isCurrent ? "✓" : index + 1}
            </span>
            <span className={isCurrent ? "font-bold text-slate-900" : "text-slate-800"}>
              {t("stepName", { number: index + 1, name: t(`steps.${step}`) })}
              {done && !isCurrent ? <span className="sr-only"> ({t("stepDone")})</span> : null}
            </span>
          </>
        );
        return (
          <li key={step} aria-current={isCurrent ? "step" : undefined} className="flex items-center">
            {!isCurrent && index <= reached ? (
              <button type="button" onClick={() => onSelect(index)} className="flex items-center gap-2 rounded-md text-left underline underline-offset-2 hover:text-brand-900">
                {content}
              </button>
            ) : (
              <span className="flex items-center gap-2">{content}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Section } from "@/components/form/section";
import { checkboxClass } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import { IDLE, type ActionState, type FormAction } from "@/lib/http/action-state";
import type { ScreeningOutcome } from "@/lib/referrals/save-screening";
import { CHOICE_SET, QUESTION_GROUPS, QUESTIONS, type QuestionGroup, type QuestionId } from "@/lib/screening/instruments";
import type { ScreeningAnswers } from "@/lib/screening/score";
import { ScreeningResult } from "./screening-result";

/**
 * The case-finding conversation: the questions by group, each a set of radio buttons (a question may be skipped);
 * "Se forslag" keeps the answers in the user's draft and shows what they point to, with the way on to the referral.
 */
export function ScreeningForm({ action, idempotencyKey, answers }: { action: FormAction<ScreeningOutcome>; idempotencyKey: string; answers: ScreeningAnswers }) {
  const t = useTranslations("screening");
  const [state, formAction, pending] = useActionState(action, IDLE as ActionState<ScreeningOutcome>);
  const resultRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status !== "success") return;
    // The answers are in the draft now: a reload shows them again.
    window.history.replaceState(null, "", `?${new URLSearchParams({ kladde: state.data.idempotencyKey })}`);
    resultRef.current?.focus();
  }, [state]);
  const answered = (id: QuestionId) => (state.status === "error" ? String(state.values[id] ?? "") : (answers[id] ?? ""));

  return (
    <div className="max-w-3xl space-y-8">
      <form action={formAction} className="space-y-8">
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        {state.status === "error" ? (
          <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3 font-semibold text-red-900">
            {state.message}
          </p>
        ) : null}
        <p className="text-slate-700">{t("skipHint")}</p>
        {(Object.keys(QUESTION_GROUPS) as QuestionGroup[]).map((group) => (
          <Section key={group} legend={t(`groups.${group}`)}>
            {QUESTION_GROUPS[group].map((id) => (
              <fieldset key={id}>
                <legend className="font-semibold text-slate-900">{t(`questions.${id}`)}</legend>
                <div className="mt-2 space-y-2">
                  {QUESTIONS[id].map((choice) => {
                    const inputId = `screening-${id}-${choice.value}`;
                    return (
                      <div key={choice.value} className="flex gap-3">
                        <input id={inputId} type="radio" name={id} value={choice.value} defaultChecked={answered(id) === choice.value} className={checkboxClass} />
                        <label htmlFor={inputId} className="text-slate-900">
                          {t(`choices.${CHOICE_SET[id]}.${choice.value}`)}
                        </label>
                      </div>
                    );
                  })}
                </div>
              </fieldset>
            ))}
          </Section>
        ))}
        <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("saving")} />
      </form>
      {state.status === "success" ? <ScreeningResult ref={resultRef} outcome={state.data} /> : null}
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { answerInformationRequestAction } from "@/app/henvisninger/[id]/actions";

const inputClass =
  "mt-2 block w-full rounded-md border-2 border-slate-600 bg-white px-3 py-2 text-base text-slate-900 aria-invalid:border-red-700 aria-invalid:ring-2 aria-invalid:ring-red-200";

/** The practice's answer to the question asked about its referral; what was typed comes back after an error. */
export function AnswerInformationForm({ referralId }: { referralId: string }) {
  const t = useTranslations("referrals");
  const [state, formAction, pending] = useActionState(answerInformationRequestAction, { status: "idle" });
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);
  const error = state.status === "error" ? state.fieldErrors.answer?.[0] : undefined;
  const typed = state.status === "error" ? state.values.answer : undefined;
  return (
    <form action={formAction} noValidate className="mt-4 space-y-4">
      {state.status === "error" ? (
        <div ref={summary} tabIndex={-1} role="alert" className="rounded-lg border-4 border-red-700 bg-red-50 p-4 focus:outline-none focus-visible:outline-3">
          <p className="font-bold text-red-900">{state.message}</p>
          {error ? (
            <a
              href="#answer"
              onClick={(event) => {
                // A fragment link only scrolls; the user is taken to the field itself.
                event.preventDefault();
                document.getElementById("answer")?.focus();
              }}
              className="font-semibold text-red-900"
            >
              {error}
            </a>
          ) : null}
        </div>
      ) : null}
      <input type="hidden" name="referralId" value={referralId} />
      <div>
        <label htmlFor="answer" className="block font-semibold text-slate-900">
          {t("answerLabel")}
        </label>
        <p id="answer-hint" className="mt-1 text-slate-700">
          {t("answerHint")}
        </p>
        <textarea
          id="answer"
          name="answer"
          rows={5}
          maxLength={3000}
          defaultValue={typeof typed === "string" ? typed : ""}
          aria-describedby={error ? "answer-hint answer-error" : "answer-hint"}
          aria-invalid={error ? true : undefined}
          className={inputClass}
        />
        {error ? (
          <p id="answer-error" className="mt-2 font-semibold text-red-800">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70">
        {pending ? t("sendingAnswer") : t("sendAnswer")}
      </button>
    </form>
  );
}

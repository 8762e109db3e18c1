"use client";

import { useFormatter, useTranslations } from "next-intl";
import { startTransition, useActionState, useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { type ActionState, type FormAction, IDLE } from "@/lib/http/action-state";
import { ERROR_NAMESPACE, errorTranslator } from "@/lib/i18n/error-messages";
import type { CreateReferralResult } from "@/lib/referrals/create-referral";
import type { FormOffer, NeedGroup } from "@/lib/referrals/get-referral-form-options";
import { firstStepWithError, stepOfField, validateStep, type FieldErrors, type FormValues } from "@/lib/referrals/referral-form-values";
import type { RoutingPreviewAnswer } from "@/lib/referrals/form-alternatives";
import { FORM_STEPS, type FormStep } from "@/lib/referrals/schemas";
import { CitizenStep } from "./citizen-step";
import { DestinationStep } from "./destination-step";
import { ExpectedWait } from "./expected-wait";
import { DUPLICATE_TITLE_ID, DuplicateWarning, type Duplicates } from "./duplicate-warning";
import { ERROR_SUMMARY_ID, ReferralErrorSummary } from "./error-summary";
import { fieldId, FormFieldsContext } from "./fields";
import { NeedsStep } from "./needs-step";
import { OfferAlternatives } from "./offer-alternatives";
import { RoutingPreview } from "./routing-preview";
import { SocialStep } from "./social-step";
import { StepProgress } from "./step-progress";
import { useAutosave } from "./use-autosave";
import { useRoutingPreview } from "./use-routing-preview";

export interface ReferralFormProps {
  actions: {
    /** Sends the referral; a sent one goes on to its receipt, a possible duplicate comes back here. */
    send: FormAction<CreateReferralResult>;
    saveDraft: FormAction<{ savedAt: Date }>;
    previewRouting: FormAction<RoutingPreviewAnswer>;
  };
  /** Made once when the form first opened; the draft and the referral carry it, so sending twice makes one referral. */
  idempotencyKey: string;
  initialValues: FormValues;
  /** When the draft being continued was last saved. */
  draftSavedAt: Date | null;
  offer: FormOffer | null;
  needGroups: NeedGroup[];
  languages: { value: string; label: string }[];
  practiceGps: { id: string; name: string }[] | null;
  isGp: boolean;
}

const headingId = (step: FormStep) => `referral-step-${step}`;

/**
 * The one referral form, for every unit and for central triage, in four steps. Each step is checked with its own
 * schema before the next; every step stays in the form, so going back and forth, or a refused send, loses nothing.
 * What is typed is saved as a draft on the server as the user goes (never in the browser: it is health data).
 */
export function ReferralForm({ actions, idempotencyKey, initialValues, draftSavedAt, offer, needGroups, languages, practiceGps, isGp }: ReferralFormProps) {
  const t = useTranslations("referralForm");
  const format = useFormatter();
  const errorMessages = useTranslations(ERROR_NAMESPACE);
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initialValues);
  const [stepIndex, setStepIndex] = useState(0);
  const [reached, setReached] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [errorMessage, setErrorMessage] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<Duplicates | null>(null);
  const [sendState, send, sending] = useActionState(actions.send, IDLE as ActionState<CreateReferralResult>);
  const isLast = stepIndex === FORM_STEPS.length - 1;
  const { draft, tracker } = useAutosave({ values, idempotencyKey, savedAt: draftSavedAt, saveDraft: actions.saveDraft });
  const preview = useRoutingPreview({ form: formRef, active: isLast, values, previewRouting: actions.previewRouting });
  // The offer the form was opened for, and next-best offers chosen since: switching keeps everything typed.
  const [knownOffers, setKnownOffers] = useState<FormOffer[]>(offer ? [offer] : []);
  const [switchedTo, setSwitchedTo] = useState<string | null>(null);

  const setValue = useCallback(
    (name: string, value: string | string[]) => {
      tracker.edited();
      setValues((current) => ({ ...current, [name]: value }));
    },
    [tracker],
  );
  const fields = useMemo(() => ({ values, errors, setValue }), [values, errors, setValue]);

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const showErrors = useCallback((found: FieldErrors, message: string) => {
    setErrors(found);
    setErrorMessage(message);
    const first = firstStepWithError(found);
    if (first) setStepIndex(FORM_STEPS.indexOf(first));
    setFocusId(ERROR_SUMMARY_ID);
  }, []);

  useEffect(() => {
    if (sendState.status === "idle") return;
    tracker.sendAnswered();
    if (sendState.status === "error") {
      showErrors(sendState.fieldErrors, sendState.message);
    } else if (sendState.data.kind === "duplicate") {
      setErrors({});
      setErrorMessage(null);
      setDuplicates(sendState.data.duplicates);
      setFocusId(DUPLICATE_TITLE_ID);
    }
  }, [sendState, showErrors, tracker]);

  /** The step's schema, plus what only the form knows: a responsible GP to choose, a reason to send a duplicate. */
  function check(checked: FormStep): boolean {
    const found: FieldErrors = validateStep(checked, values, errorTranslator(errorMessages));
    if (checked === "destination") {
      if (practiceGps && practiceGps.length > 1 && !values.responsibleGpId) found.responsibleGpId = [t("responsibleGpRequired")];
      if (duplicates && !String(values.duplicateReason ?? "").trim()) found.duplicateReason = [t("duplicateReasonRequired")];
    }
    if (Object.keys(found).length === 0) return true;
    showErrors(found, t("errorsTitle"));
    return false;
  }

  function goTo(index: number) {
    for (let passed = stepIndex; passed < index; passed += 1) if (!check(FORM_STEPS[passed] ?? "citizen")) return;
    const next = FORM_STEPS[index];
    if (!next) return;
    setErrors({});
    setErrorMessage(null);
    setStepIndex(index);
    setReached((current) => Math.max(current, index));
    setFocusId(headingId(next));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isLast) return goTo(stepIndex + 1);
    if (tracker.sending || !FORM_STEPS.every(check)) return;
    tracker.startSending();
    const formData = new FormData(event.currentTarget);
    startTransition(() => send(formData));
  }

  const chosenOffer = knownOffers.find((known) => known.slug === values.offerSlug) ?? null;
  const answer = preview.status === "ready" ? preview.answer : null;
  const needLabels = useMemo(() => new Map(needGroups.flatMap((group) => group.needs.map((need) => [need.slug, need.label] as const))), [needGroups]);
  function chooseOffer(alternative: FormOffer) {
    setKnownOffers((current) => (current.some((known) => known.slug === alternative.slug) ? current : [...current, alternative]));
    setValue("offerSlug", alternative.slug);
    setSwitchedTo(alternative.title);
    setFocusId(`${fieldId("offerSlug")}-${alternative.slug}`);
  }
  const stepContent: Record<FormStep, React.ReactNode> = {
    citizen: <CitizenStep languages={languages} />,
    needs: <NeedsStep needGroups={needGroups} screeningHref={values.screening ? `/henvisninger/samtale?kladde=${idempotencyKey}` : null} />,
    social: <SocialStep />,
    destination: (
      <>
        <DestinationStep
          offers={knownOffers}
          alternatives={
            <>
              <p role="status" className="text-slate-900">{switchedTo ? t("switchedOffer", { title: switchedTo }) : ""}</p>
              {chosenOffer && answer && answer.chosenOfferId === chosenOffer.id ? (
                <OfferAlternatives
                  alternatives={answer.alternatives}
                  chosen={chosenOffer}
                  becauseBarriers={answer.reasons.some((reason) => reason.startsWith("BARRIER_"))}
                  needLabel={(slug) => needLabels.get(slug) ?? slug}
                  onChoose={chooseOffer}
                />
              ) : null}
            </>
          }
          practiceGps={practiceGps}
          isGp={isGp}
        />
        <RoutingPreview state={preview} requiredDiagnoses={chosenOffer?.requiredDiagnoses ?? []} />
        {duplicates ? <DuplicateWarning duplicates={duplicates} /> : null}
      </>
    ),
  };

  return (
    <FormFieldsContext value={fields}>
      {/* The schema's messages are clearer than the browser's, so the browser's own checks are off. */}
      <form ref={formRef} onSubmit={submit} noValidate className="max-w-4xl space-y-8">
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <input type="hidden" name="screening" value={String(values.screening ?? "")} />
        <input type="hidden" name="previousReferralId" value={String(values.previousReferralId ?? "")} />
        <p className="text-lg text-slate-900" data-testid="chosen-offer">
          {chosenOffer ? t("referringTo", { title: chosenOffer.title, unit: chosenOffer.unitName }) : t("referringToTriage")}
        </p>
        {chosenOffer?.isActive ? <ExpectedWait offer={chosenOffer} /> : null}
        <div className="flex flex-wrap items-center justify-between gap-4">
          <StepProgress current={stepIndex} reached={reached} onSelect={goTo} />
          <p role="status" className="text-sm text-slate-700">
            {draft.status === "saved" ? t("draftSaved", { time: format.dateTime(draft.at, { timeStyle: "short" }) }) : draft.status === "failed" ? t("draftFailed") : ""}
          </p>
        </div>
        {errorMessage ? (
          <ReferralErrorSummary
            message={errorMessage}
            errors={errors}
            onSelect={(field) => {
              const owner = stepOfField(field);
              if (owner) setStepIndex(FORM_STEPS.indexOf(owner));
              setFocusId(fieldId(field));
            }}
          />
        ) : null}
        {FORM_STEPS.map((name, index) => (
          <section key={name} hidden={index !== stepIndex} aria-labelledby={headingId(name)} className="space-y-6">
            <h2 id={headingId(name)} tabIndex={-1} className="text-2xl font-bold text-slate-900 focus:outline-none">
              {t("stepHeading", { number: index + 1, total: FORM_STEPS.length, name: t(`steps.${name}`) })}
            </h2>
            {stepContent[name]}
          </section>
        ))}
        <div className="flex flex-wrap items-center gap-4 border-t border-slate-300 pt-6">
          {stepIndex > 0 ? (
            <button type="button" onClick={() => goTo(stepIndex - 1)} className="rounded-md border-2 border-brand-700 px-5 py-3 font-semibold text-brand-800 hover:bg-brand-50">
              {t("back")}
            </button>
          ) : null}
          <button type="submit" disabled={sending} className="rounded-md bg-brand-700 px-6 py-3 font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70">
            {isLast ? (sending ? t("sending") : t("send")) : t("next")}
          </button>
        </div>
      </form>
    </FormFieldsContext>
  );
}

import { useEffect, useRef, useState, type RefObject } from "react";
import { type ActionState, type FormAction, IDLE } from "@/lib/http/action-state";
import type { FormValues } from "@/lib/referrals/referral-form-values";
import type { RoutingPreviewAnswer } from "@/lib/referrals/form-alternatives";
import type { RoutingPreviewState } from "./routing-preview";

/** How long the routing fields must stay unchanged before the preview is asked. */
const PREVIEW_MS = 250;
/** What the routing rule reads (and the district, which orders the alternatives): the preview is asked again when one of these changes. */
export const ROUTING_FIELDS = ["cpr", "language", "needsInterpreter", "district", "offerSlug", "needSlugs", "diagnoses", "multiMorbidity", "socialNeeds", "barriers", "possibleExclusion", "eligibilityUnclear"];

/** The routing fields' values as one string: equal exactly when the routing rule would be asked the same. */
export function routingKeyOf(values: FormValues): string {
  return JSON.stringify(ROUTING_FIELDS.map((field) => values[field]));
}

/** Asking again: the answer shown stays until the new one comes. */
export function loadingFrom(current: RoutingPreviewState): RoutingPreviewState {
  return { status: "loading", answer: current.status === "ready" || current.status === "loading" ? current.answer : null };
}

/** The preview action's answer as the preview shows it: no answer at all (a lost connection) is a failure. */
export function previewOf(state: ActionState<RoutingPreviewAnswer> | null): RoutingPreviewState {
  if (state?.status === "success") return { status: "ready", answer: state.data };
  const refused = state?.status === "error" ? [...new Set(Object.values(state.fieldErrors).flat())].filter((message): message is string => message !== undefined) : [];
  return refused.length > 0 ? { status: "refused", messages: refused } : { status: "failed" };
}

/**
 * Where the referral would go, and why, while the last step is shown: asked a moment after a routing field changed;
 * an answer to an older question is dropped.
 */
export function useRoutingPreview({
  form,
  active,
  values,
  previewRouting,
}: {
  form: RefObject<HTMLFormElement | null>;
  /** The step with the preview is shown. */
  active: boolean;
  values: FormValues;
  previewRouting: FormAction<RoutingPreviewAnswer>;
}): RoutingPreviewState {
  const [preview, setPreview] = useState<RoutingPreviewState>({ status: "idle" });
  const routingKey = routingKeyOf(values);
  const latestRequest = useRef(0);
  useEffect(() => {
    if (!active) return;
    const request = ++latestRequest.current;
    const timer = setTimeout(async () => {
      const element = form.current;
      if (!element) return;
      setPreview(loadingFrom);
      // What the form would send now: a field it does not show (the unit's questions after "Ved ikke") is not part of it.
      const state = await previewRouting(IDLE, new FormData(element)).catch(() => null);
      if (request !== latestRequest.current) return;
      setPreview(previewOf(state));
    }, PREVIEW_MS);
    return () => clearTimeout(timer);
  }, [active, routingKey, form, previewRouting]);
  return preview;
}

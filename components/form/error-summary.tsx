"use client";

import { useEffect, useRef, type MouseEvent, type Ref } from "react";
import type { ActionState } from "@/lib/http/action-state";

export interface SummaryError {
  key: string;
  message: string;
  /** The id of the control the link moves focus to; without one the error is said without a link. */
  target?: string;
}

/** Moves focus to the control a summary link points at (a plain fragment link only scrolls). */
function focusTarget(event: MouseEvent<HTMLAnchorElement>, error: SummaryError) {
  const control = error.target ? document.getElementById(error.target) : null;
  if (!control) return;
  event.preventDefault();
  control.focus();
  control.scrollIntoView({ block: "center" });
}

interface ErrorSummaryProps {
  ref?: Ref<HTMLDivElement>;
  id?: string;
  titleId: string;
  title: string;
  errors: SummaryError[];
  /** The heading's level: 3 in a form that sits under a section's heading, drawn a step smaller. */
  level?: 2 | 3;
  onSelect?: (event: MouseEvent<HTMLAnchorElement>, error: SummaryError) => void;
}

/** After a failed submit: what went wrong, as an alert that can take focus, and a link to each field with an error. */
export function ErrorSummary({ ref, id, titleId, title, errors, level = 2, onSelect = focusTarget }: ErrorSummaryProps) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div
      ref={ref}
      id={id}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className={`rounded-lg border-4 border-red-700 bg-red-50 ${level === 2 ? "p-5" : "p-4"} focus:outline-none focus-visible:outline-3`}
    >
      <Heading id={titleId} className={`${level === 2 ? "text-xl" : "text-lg"} font-bold text-red-900`}>
        {title}
      </Heading>
      {errors.length > 0 ? (
        <ul className={`${level === 2 ? "mt-3" : "mt-2"} list-disc space-y-1 pl-6`}>
          {errors.map((error) => (
            <li key={error.key} className="font-semibold text-red-900">
              {error.target ? (
                <a href={`#${error.target}`} onClick={(event) => onSelect(event, error)} className="text-red-900 hover:text-red-950">
                  {error.message}
                </a>
              ) : (
                error.message
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * The summary of a server action's state: shown after an error, and taking focus then, so a screen reader hears what
 * went wrong. `targets` maps each error key, in the order to list them, to the id of the control to focus.
 */
export function ActionErrorSummary<T>({ state, targets, ...summary }: { state: ActionState<T>; targets: Record<string, string> } & Pick<ErrorSummaryProps, "titleId" | "level">) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") ref.current?.focus();
  }, [state]);
  if (state.status !== "error") return null;
  const errors = Object.entries(targets).flatMap(([key, target]) => {
    const message = state.fieldErrors[key]?.[0];
    return message ? [{ key, message, target }] : [];
  });
  return <ErrorSummary ref={ref} title={state.message} errors={errors} {...summary} />;
}

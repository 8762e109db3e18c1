"use client";

import { useEffect, useRef } from "react";
import { secondaryButton } from "./styles";
import { SubmitButton } from "./submit-button";

/**
 * The second step of a form that cannot be undone: the question, the submit that sends the form, and a way back.
 * Focus moves to it when it appears, so a keyboard or screen-reader user hears the question first.
 */
export function ConfirmStep({
  id,
  question,
  confirmLabel,
  pendingLabel,
  cancelLabel,
  pending,
  onCancel,
}: {
  id: string;
  question: string;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  pending: boolean;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="alertdialog" aria-labelledby={id} className="space-y-3 rounded-md border-2 border-amber-700 bg-amber-50 p-4">
      <p id={id} className="font-semibold text-amber-950">
        {question}
      </p>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} label={confirmLabel} pendingLabel={pendingLabel} />
        <button type="button" className={secondaryButton} onClick={onCancel} disabled={pending}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}

"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/form/submit-button";
import type { FormAction } from "@/lib/http/action-state";
import { CaseRefFields } from "./form-parts";

/** A decision that is one click: "Tag sagen", "Læg tilbage i køen". A lost race says why, e.g. who has the case. */
export function CaseButtonForm({
  action,
  label,
  pendingLabel,
  referralId,
  version,
  primary = false,
}: {
  action: FormAction<null>;
  label: string;
  pendingLabel: string;
  referralId: string;
  version: number;
  primary?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction}>
      <CaseRefFields referralId={referralId} version={version} />
      <SubmitButton pending={pending} label={label} pendingLabel={pendingLabel} secondary={!primary} />
      {state.status === "error" ? (
        <p role="alert" className="mt-2 font-semibold text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { secondaryButton } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import type { ActionState, FormAction } from "@/lib/http/action-state";

/** What each access action answers with: how many of the user's sessions it ended. */
type AccessAction = FormAction<{ endedSessions: number }>;

const dangerButton = "rounded-md bg-red-800 px-5 py-3 font-semibold text-white hover:bg-red-900 disabled:cursor-wait disabled:opacity-70";

/** What an access form says after it ran: the outcome, or why it failed. */
function Outcome({ state, success }: { state: ActionState<{ endedSessions: number }>; success: (endedSessions: number) => string }) {
  if (state.status === "error") {
    return (
      <p role="alert" className="mt-2 font-semibold text-red-800">
        {state.message}
      </p>
    );
  }
  return (
    <p role="status" className="mt-2 font-semibold text-green-900">
      {state.status === "success" ? success(state.data.endedSessions) : null}
    </p>
  );
}

/** One button that acts on the user: "Log ud overalt", "Genaktiver brugeren". */
function UserButtonForm({ action, userId, label, pendingLabel, success }: { action: AccessAction; userId: string; label: string; pendingLabel: string; success: (endedSessions: number) => string }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction}>
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton pending={pending} label={label} pendingLabel={pendingLabel} secondary />
      <Outcome state={state} success={success} />
    </form>
  );
}

export function EndSessionsForm({ action, userId }: { action: AccessAction; userId: string }) {
  const t = useTranslations("users");
  return (
    <UserButtonForm
      action={action}
      userId={userId}
      label={t("endSessions")}
      pendingLabel={t("endingSessions")}
      success={(count) => t("sessionsEnded", { count })}
    />
  );
}

export function ReactivateForm({ action, userId, name }: { action: AccessAction; userId: string; name: string }) {
  const t = useTranslations("users");
  return <UserButtonForm action={action} userId={userId} label={t("reactivate")} pendingLabel={t("reactivating")} success={() => t("reactivated", { name })} />;
}

/**
 * Deactivating is the one act here that locks someone out, so it asks first: the button opens a confirmation that
 * takes focus and says what happens; "Fortryd" closes it and gives focus back.
 */
export function DeactivateForm({ action, userId, name }: { action: AccessAction; userId: string; name: string }) {
  const t = useTranslations("users");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const [confirming, setConfirming] = useState(false);
  const confirmation = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) confirmation.current?.focus();
    else if (wasConfirming.current) opener.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming || state.status === "error") {
    return (
      <div>
        <button ref={opener} type="button" onClick={() => setConfirming(true)} className={secondaryButton}>
          {t("deactivate")}
        </button>
        {state.status === "error" ? (
          <p role="alert" className="mt-2 font-semibold text-red-800">
            {state.message}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div ref={confirmation} tabIndex={-1} role="group" aria-labelledby="deactivate-confirm-title" className="rounded-lg border-4 border-red-800 bg-red-50 p-4 focus:outline-none focus-visible:outline-3">
      <h3 id="deactivate-confirm-title" className="text-lg font-bold text-red-950">
        {t("confirmTitle", { name })}
      </h3>
      <p className="mt-1 text-red-950">{t("confirmBody", { name })}</p>
      <form action={formAction} className="mt-3 flex flex-wrap gap-3">
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" disabled={pending} className={dangerButton}>
          {pending ? t("deactivating") : t("confirmDeactivate", { name })}
        </button>
        <button type="button" onClick={() => setConfirming(false)} className={secondaryButton}>
          {t("cancel")}
        </button>
      </form>
    </div>
  );
}

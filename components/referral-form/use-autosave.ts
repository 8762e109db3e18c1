import { useCallback, useEffect, useRef, useState } from "react";
import { type FormAction, IDLE } from "@/lib/http/action-state";
import { toFormData, type FormValues } from "@/lib/referrals/referral-form-values";

export type DraftState = { status: "none" } | { status: "saved"; at: Date } | { status: "failed" };

/** How long typing must pause before the draft is saved. */
const AUTOSAVE_MS = 1000;

/**
 * Autosave's bookkeeping, kept between renders: how many edits there were, how many the last successful save covered,
 * and whether the referral is on its way — a save after sending would bring the draft back.
 */
export function createDraftTracker() {
  let edits = 0;
  let covered = 0;
  let sending = false;
  return {
    /** One change to the form. */
    edited() {
      edits += 1;
    },
    /** Something typed is in no saved draft yet, and the referral is not on its way. */
    get due() {
      return edits !== covered && !sending;
    },
    get sending() {
      return sending;
    },
    /** A save starts: what it covers, counted in edits. */
    begin() {
      return edits;
    },
    /** The save that began at `edit` succeeded; an older save answering after a newer one covers no less. */
    saved(edit: number) {
      covered = Math.max(covered, edit);
    },
    /** The referral is sent: no draft is saved until the send is answered (e.g. refused). */
    startSending() {
      sending = true;
    },
    sendAnswered() {
      sending = false;
    },
  };
}

export type DraftTracker = ReturnType<typeof createDraftTracker>;

/**
 * Saves what is typed as a draft on the server (never in the browser: it is health data) a second after the last
 * change, and once more on leaving the page (e.g. to choose another offer) when the last save did not cover
 * everything. The form tells the tracker of each edit and of sending.
 */
export function useAutosave({
  values,
  idempotencyKey,
  savedAt,
  saveDraft,
}: {
  values: FormValues;
  /** The form's key: the draft is saved under it, and the address names it once saved. */
  idempotencyKey: string;
  /** When the draft being continued was last saved. */
  savedAt: Date | null;
  saveDraft: FormAction<{ savedAt: Date }>;
}): { draft: DraftState; tracker: DraftTracker } {
  const [draft, setDraft] = useState<DraftState>(savedAt ? { status: "saved", at: savedAt } : { status: "none" });
  const [tracker] = useState(createDraftTracker);
  const latest = useRef(values);

  const save = useCallback(async () => {
    if (tracker.sending) return;
    const edit = tracker.begin();
    const state = await saveDraft(IDLE, toFormData({ ...latest.current, idempotencyKey })).catch(() => null);
    // Sent while this save was on its way: the address must not name the draft again, or the page would come back to
    // the form (as "already sent") instead of the receipt.
    if (tracker.sending) return;
    if (state?.status !== "success") {
      setDraft({ status: "failed" });
      return;
    }
    tracker.saved(edit);
    setDraft({ status: "saved", at: state.data.savedAt });
    // The address names the draft from now on: a reload opens it again, and once sent, says so.
    const url = new URL(window.location.href);
    if (url.searchParams.get("kladde") !== idempotencyKey) window.history.replaceState(null, "", `${url.pathname}?kladde=${idempotencyKey}`);
  }, [idempotencyKey, saveDraft, tracker]);

  useEffect(() => {
    latest.current = values;
    if (!tracker.due) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [values, save, tracker]);

  useEffect(
    () => () => {
      if (tracker.due) void save();
    },
    [save, tracker],
  );

  return { draft, tracker };
}

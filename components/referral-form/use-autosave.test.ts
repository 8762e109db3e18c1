import { describe, expect, it } from "vitest";
import { createDraftTracker } from "./use-autosave";

describe("autosave's bookkeeping", () => {
  it("has nothing to save before the first edit, and after a save that covered every edit", () => {
    const tracker = createDraftTracker();
    expect(tracker.due).toBe(false);
    tracker.edited();
    tracker.edited();
    expect(tracker.due).toBe(true);
    tracker.saved(tracker.begin());
    expect(tracker.due).toBe(false);
  });

  it("keeps an edit made while a save was on its way for the next save", () => {
    const tracker = createDraftTracker();
    tracker.edited();
    const save = tracker.begin();
    tracker.edited();
    tracker.saved(save);
    expect(tracker.due).toBe(true);
    tracker.saved(tracker.begin());
    expect(tracker.due).toBe(false);
  });

  it("is not set back by an older save that answers after a newer one", () => {
    const tracker = createDraftTracker();
    tracker.edited();
    const older = tracker.begin();
    tracker.edited();
    const newer = tracker.begin();
    tracker.saved(newer);
    tracker.saved(older);
    expect(tracker.due).toBe(false);
  });

  it("leaves an edit unsaved when its save failed", () => {
    const tracker = createDraftTracker();
    tracker.edited();
    tracker.begin();
    expect(tracker.due).toBe(true);
  });

  it("saves nothing while the referral is on its way, and again once the send is answered", () => {
    const tracker = createDraftTracker();
    tracker.edited();
    tracker.startSending();
    expect(tracker.sending).toBe(true);
    expect(tracker.due).toBe(false);
    tracker.sendAnswered();
    expect(tracker.sending).toBe(false);
    expect(tracker.due).toBe(true);
  });
});

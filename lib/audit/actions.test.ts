import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { actionKey, AUDIT_ACTIONS } from "./actions";

const messages = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../i18n/messages/${locale}.json`, import.meta.url), "utf8")) as { audit: { actions: Record<string, string> } };

describe("audit actions", () => {
  it.each(["da", "en"])("each has a label on the audit page in %s, and no label is left over", (locale) => {
    const labels = messages(locale).audit.actions;
    expect(Object.keys(labels).sort()).toEqual(AUDIT_ACTIONS.map(actionKey).sort());
  });

  it("are distinct, also as message keys", () => {
    expect(new Set(AUDIT_ACTIONS.map(actionKey)).size).toBe(AUDIT_ACTIONS.length);
  });
});

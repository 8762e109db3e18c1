"use client";

import { useEffect, useRef } from "react";

/**
 * The case's status at the top of the page. After a decision the page is rendered again with a new version, and the
 * form that had focus may be gone: focus moves here, so keyboard and screen-reader users land on the outcome.
 */
export function CaseStatusPanel({ version, titleId, children }: { version: number; titleId: string; children: React.ReactNode }) {
  const panel = useRef<HTMLElement>(null);
  const shown = useRef(version);
  useEffect(() => {
    if (shown.current === version) return;
    shown.current = version;
    panel.current?.focus();
  }, [version]);
  return (
    <section ref={panel} tabIndex={-1} aria-labelledby={titleId} className="mb-8 rounded-lg border-2 border-brand-600 bg-brand-50 p-5 focus:outline-none focus-visible:outline-3">
      {children}
    </section>
  );
}

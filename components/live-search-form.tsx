"use client";

import { useRouter } from "next/navigation";
import { useRef, useTransition } from "react";

/**
 * A GET form that works without JavaScript (submit reloads the page with the search in the URL) and, with it, updates
 * the results as you type or tick a filter, keeping the whole search in the URL so it can be bookmarked or shared.
 */
export function LiveSearchForm({ action, label, busyLabel, children }: { action: string; label: string; busyLabel: string; children: React.ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  function navigate(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === "string" && value !== "") params.append(key, value);
    const query = params.toString();
    startTransition(() => router.replace(query ? `${action}?${query}` : action, { scroll: false }));
  }

  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label={label}
      aria-busy={pending}
      onChange={(event) => {
        const form = event.currentTarget;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => navigate(form), 250);
      }}
      onSubmit={(event) => {
        event.preventDefault();
        clearTimeout(timer.current);
        navigate(event.currentTarget);
      }}
    >
      <p role="status" aria-live="polite" className="h-6 text-sm text-slate-700">
        {pending ? busyLabel : ""}
      </p>
      {children}
    </form>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";

/**
 * The frame of a list's filters: a GET form (works without JavaScript, the URL holds the choice) with a submit button
 * and, when something is chosen, a reset link. `formKey` should change with the filters: a link to other filters then
 * renders the page without a reload, and the uncontrolled fields must show the new choice.
 */
export function FilterForm({
  action,
  label,
  formKey,
  columns,
  applyLabel,
  reset,
  children,
}: {
  action: string;
  label: string;
  formKey?: string;
  /** Tailwind grid columns on wide screens, e.g. "lg:grid-cols-[1fr_1fr_auto]". */
  columns: string;
  applyLabel: string;
  reset?: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <form key={formKey} method="get" action={action} aria-label={label} className="mb-6 rounded-lg border border-slate-300 bg-slate-50 p-4">
      <div className={`grid gap-4 sm:grid-cols-2 lg:items-end ${columns}`}>
        {children}
        <div className="flex items-center gap-4">
          <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            {applyLabel}
          </button>
          {reset ? <Link href={reset.href}>{reset.label}</Link> : null}
        </div>
      </div>
    </form>
  );
}

"use client";

import { usePathname, useSearchParams } from "next/navigation";

/** Switches the language and comes back to the same page, its query (a search, a filter) kept; the action checks the path. */
export function LanguageSwitch({ action, locale, label }: { action: (formData: FormData) => Promise<void>; locale: "da" | "en"; label: string }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="returnTo" value={query ? `${pathname}?${query}` : pathname} />
      <button type="submit" lang={locale} className="rounded-md px-2 py-1 text-sm text-white underline underline-offset-2 hover:bg-brand-700">
        {label}
      </button>
    </form>
  );
}

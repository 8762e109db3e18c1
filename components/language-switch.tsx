"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { setLocale } from "@/app/actions/session";

/** Switches the language and comes back to the same page, its query (a search, a filter) kept; setLocale checks the path. */
export function LanguageSwitch({ locale, label }: { locale: "da" | "en"; label: string }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="returnTo" value={query ? `${pathname}?${query}` : pathname} />
      <button type="submit" lang={locale} className="rounded-md px-2 py-1 text-sm text-white underline underline-offset-2 hover:bg-brand-700">
        {label}
      </button>
    </form>
  );
}

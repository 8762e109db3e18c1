"use client";

import { usePathname } from "next/navigation";
import { setLocale } from "@/app/actions/session";

export function LanguageSwitch({ locale, label }: { locale: "da" | "en"; label: string }) {
  const pathname = usePathname();
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="returnTo" value={pathname} />
      <button type="submit" lang={locale} className="rounded-md px-2 py-1 text-sm text-white underline underline-offset-2 hover:bg-brand-700">
        {label}
      </button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { MessagePage } from "@/components/message-page";

// Plain words and, for a server error, its digest: the reference that finds the error in the server log. The message
// and stack never reach the page (Next.js replaces a server error's message in a build; the console keeps the rest).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  useEffect(() => console.error(error), [error]);
  return (
    <>
      <MessagePage title={t("errors.errorTitle")} body={t("errors.errorBody")} homeLabel={t("errors.goHome")}>
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("errors.tryAgain")}
        </button>
      </MessagePage>
      {error.digest ? <p className="text-center text-sm text-slate-700">{t("security.errorReference", { digest: error.digest })}</p> : null}
    </>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { MessagePage } from "@/components/message-page";

// The raw error stays in the server log (and the browser console); the reader gets plain words.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  useEffect(() => console.error(error), [error]);
  return (
    <MessagePage title={t("errorTitle")} body={t("errorBody")} homeLabel={t("goHome")}>
      <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("tryAgain")}
      </button>
    </MessagePage>
  );
}

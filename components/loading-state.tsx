import { getTranslations } from "next-intl/server";

/**
 * Shown while a page's data loads. Pages use it as a <Suspense> fallback *after* their authorization check, so a
 * refused request still gets a real 307/403 status instead of a streamed one.
 */
export async function LoadingState() {
  const t = await getTranslations("errors");
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-12 text-slate-700">
      <span aria-hidden="true" className="h-5 w-5 animate-spin rounded-full border-2 border-slate-300 border-t-brand-700" />
      {t("loading")}
    </div>
  );
}

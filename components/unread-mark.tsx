import { getTranslations } from "next-intl/server";

/**
 * "Ny ændring": changed by the other side since the user last opened it. Not colour alone: a word and a dot, and for
 * screen readers what the word means; `relative` keeps the hidden text inside a table that scrolls sideways.
 */
export async function UnreadMark() {
  const t = await getTranslations("referrals");
  return (
    <span className="relative mt-1 flex w-fit items-center gap-1.5 rounded-full border-2 border-brand-700 bg-brand-50 px-2 py-0.5 font-sans text-sm font-bold whitespace-nowrap text-brand-900" data-testid="unread-mark">
      <span aria-hidden="true" className="size-2 rounded-full bg-brand-700" />
      <span>{t.rich("unreadMark", { hidden: (chunks) => <span className="sr-only">{chunks}</span> })}</span>
    </span>
  );
}

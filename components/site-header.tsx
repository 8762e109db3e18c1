import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { navigationFor } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { isDevOutboxOn } from "@/lib/notifications/list-outbox";
import { LanguageSwitch } from "./language-switch";
import { MainNav } from "./main-nav";

/** Every page's header. The layout passes the session's actions (signing out, choosing the language), as pages pass theirs. */
export async function SiteHeader({
  user,
  actions,
}: {
  user: SessionUser | null;
  actions: { signOut: (formData: FormData) => Promise<void>; setLocale: (formData: FormData) => Promise<void> };
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  const links = navigationFor(user?.role, { devOutbox: isDevOutboxOn() }).map((item) => ({ href: item.href, label: t(`navigation.${item.key}`) }));
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 pt-3">
        <div>
          <Link href="/" className="text-xl font-bold text-white no-underline hover:text-white">
            {t("shell.appName")}
          </Link>
          <p className="text-sm text-brand-100">{t("shell.tagline")}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <LanguageSwitch action={actions.setLocale} locale={locale === "da" ? "en" : "da"} label={t("shell.switchLanguage")} />
          {user ? (
            <>
              <span data-testid="signed-in-user">
                {t("shell.signedInAs", { name: user.name, organisation: user.organisationName })}
              </span>
              <form action={actions.signOut}>
                <button type="submit" className="rounded-md border border-white px-3 py-1 font-semibold hover:bg-brand-700">
                  {t("shell.signOut")}
                </button>
              </form>
            </>
          ) : (
            <Link href="/login" className="rounded-md border border-white px-3 py-1 font-semibold text-white no-underline hover:bg-brand-700 hover:text-white">
              {t("shell.signIn")}
            </Link>
          )}
        </div>
      </div>
      <div className="mx-auto max-w-6xl px-4 py-2">
        <MainNav label={t("shell.mainNavigation")} links={links} />
      </div>
    </header>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { navigationFor } from "@/lib/auth/permissions";
import { isDevOutboxOn } from "@/lib/notifications/list-outbox";
import { getSessionUser } from "@/lib/session/authorize";

export default async function HomePage() {
  const t = await getTranslations();
  const user = await getSessionUser();
  const sections = navigationFor(user?.role, { devOutbox: isDevOutboxOn() });
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{t("home.title")}</h1>
      <p className="mt-4 text-lg text-slate-700">{t("home.intro")}</p>
      <div className="mt-8 grid gap-4 sm:grid-cols-2">
        <Link href="/tilbud" className="rounded-lg border-2 border-brand-600 p-5 no-underline hover:bg-brand-50">
          <span className="block text-xl font-bold">{t("navigation.findOffers")}</span>
          <span className="mt-1 block text-slate-800">{t("home.findOffersLead")}</span>
        </Link>
        {user ? null : (
          <Link href="/login" className="rounded-lg border-2 border-slate-300 p-5 no-underline hover:bg-slate-50">
            <span className="block text-xl font-bold">{t("shell.signIn")}</span>
            <span className="mt-1 block text-slate-800">{t("home.signInLead")}</span>
          </Link>
        )}
      </div>
      {user && sections.length > 1 ? (
        <section className="mt-10" aria-labelledby="your-sections">
          <h2 id="your-sections" className="text-xl font-bold">{t("home.yourSections")}</h2>
          <ul className="mt-3 list-disc pl-6 text-lg">
            {sections.slice(1).map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{t(`navigation.${item.key}`)}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

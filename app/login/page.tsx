import { getTranslations } from "next-intl/server";
import { signInAsDemoUser, signInWithOidc } from "@/app/actions/session";
import { PageHeader } from "@/components/page-header";
import { getConfig } from "@/lib/config";
import { pageTitle } from "@/lib/i18n/page-title";
import { SIGN_IN_WINDOW_MINUTES } from "@/lib/session/rate-limit";
import { isSessionEnd, SESSION_MAX_AGE_SECONDS } from "@/lib/session/session-policy";
import { listDemoUsers } from "@/lib/session/users";

export const generateMetadata = pageTitle("login.title");

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string; reason?: string }> }) {
  const t = await getTranslations();
  const { error, reason } = await searchParams;
  const config = getConfig();
  const demoUsers = config.demoMode ? await listDemoUsers() : [];
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("login.title")} />
      {isSessionEnd(reason) ? (
        // Sent here by proxy.ts when the session ended (lib/session/session-policy.ts).
        <p role="status" className="mb-6 rounded-md border border-brand-700 bg-brand-50 px-4 py-3 text-brand-900">
          {reason === "idle"
            ? t("security.signedOutIdle", { minutes: config.sessionIdleMinutes })
            : reason === "expired"
              ? t("security.signedOutExpired", { hours: SESSION_MAX_AGE_SECONDS / 3600 })
              : t("security.signedOutEnded")}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mb-6 rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900">
          {error === "unknown-user"
            ? t("login.unknownUser")
            : error === "rate-limited"
              ? t("security.rateLimited", { minutes: SIGN_IN_WINDOW_MINUTES })
              : t("login.failed")}
        </p>
      ) : null}
      {config.oidc ? (
        <form action={signInWithOidc} className="mb-8">
          <button type="submit" className="rounded-md bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800">
            {t("login.oidc", { provider: config.oidc.name })}
          </button>
        </form>
      ) : null}
      {config.demoMode ? (
        <section aria-labelledby="demo-users">
          <h2 id="demo-users" className="text-xl font-bold">{t("login.demoTitle")}</h2>
          <p className="mt-1 text-slate-700">{t("login.demoIntro")}</p>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {demoUsers.map((user) => (
              <li key={user.id}>
                <form action={signInAsDemoUser}>
                  <input type="hidden" name="userId" value={user.id} />
                  <button
                    type="submit"
                    aria-label={t("login.signInAs", { name: `${user.name}, ${t(`roles.${user.role}`)}` })}
                    className="w-full rounded-lg border-2 border-slate-300 p-4 text-left hover:border-brand-600 hover:bg-brand-50"
                  >
                    <span className="block font-bold text-slate-900">{t(`roles.${user.role}`)}</span>
                    <span className="block text-slate-800">{user.name}</span>
                    <span className="block text-sm text-slate-700">{user.organisation.name}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {!config.demoMode && !config.oidc ? <p>{t("login.none")}</p> : null}
    </div>
  );
}

import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { setLocale, signOutUser } from "@/app/actions/session";
import { ClientMessages } from "@/components/client-messages";
import { SiteHeader } from "@/components/site-header";
import { getConfig } from "@/lib/config";
import { getSessionUser } from "@/lib/session/authorize";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Henvisningsportalen", template: "%s · Henvisningsportalen" },
  description: "Én indgang for praktiserende læger til Københavns Kommunes tilbud om sundhed og hjælp.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("shell");
  const user = await getSessionUser();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-800">
          {t("skipToContent")}
        </a>
        <ClientMessages family="errorPage">
          <SiteHeader user={user} actions={{ signOut: signOutUser, setLocale }} />
          {getConfig().demoMode ? (
            <p className="no-print border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-amber-950">{t("demoNotice")}</p>
          ) : null}
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
        </ClientMessages>
      </body>
    </html>
  );
}

import { getTranslations } from "next-intl/server";
import { resendFailedEmailsAction, updateNotificationSettingsAction } from "@/app/indstillinger/actions";
import { FailedEmails } from "@/components/failed-emails";
import { FailedEmailsNotice } from "@/components/failed-emails-notice";
import { listFailedEmails } from "@/lib/notifications/failed-emails";
import { NotificationSettingsForm } from "@/components/notification-settings-form";
import { PageHeader } from "@/components/page-header";
import { pageTitle } from "@/lib/i18n/page-title";
import { DIGEST_HOUR } from "@/lib/notifications/digest-time";
import { getNotificationSettings } from "@/lib/notifications/settings";
import { toNotificationSettingsValues } from "@/lib/notifications/schemas";
import { requireUser } from "@/lib/session/authorize";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("notificationSettings.title");

// "Besked om nyt": a sending organisation chooses where e-mails about its referrals go and how often, and sees first
// which e-mails could not be delivered and what to fix.
export default async function NotificationSettingsPage() {
  const user = await requireUser("organisation:notification-settings");
  const t = await getTranslations("notificationSettings");
  const [settings, failed] = await Promise.all([getNotificationSettings(user), listFailedEmails({ organisationId: user.organisationId })]);
  return (
    <ClientMessages family="settings">
      <PageHeader title={t("title")} intro={t("intro")} />
      <FailedEmailsNotice
        action={resendFailedEmailsAction}
        total={failed.total}
        title={failed.total === 1 ? t("failedTitleOne") : t("failedTitle", { count: failed.total })}
        intro={t("failedIntro")}
      >
        {failed.total > 0 ? <FailedEmails emails={failed.rows} total={failed.total} /> : null}
      </FailedEmailsNotice>
      <div className="max-w-3xl space-y-8">
        <section aria-labelledby="email-content-title" className="rounded-lg border border-slate-200 bg-slate-50 p-5">
          <h2 id="email-content-title" className="text-xl font-bold text-slate-900">
            {t("contentTitle")}
          </h2>
          <p className="mt-2 text-slate-800">{t("contentBody")}</p>
        </section>
        <section aria-labelledby="notification-settings-title">
          <h2 id="notification-settings-title" className="text-xl font-bold text-slate-900">
            {t("formTitle")}
          </h2>
          <p className="mt-2 text-slate-800">{t("appliesTo", { organisation: user.organisationName })}</p>
          {settings.email ? null : <p className="mt-2 rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">{t("noEmail")}</p>}
          <NotificationSettingsForm action={updateNotificationSettingsAction} values={toNotificationSettingsValues(settings)} digestHour={DIGEST_HOUR} />
        </section>
      </div>
    </ClientMessages>
  );
}

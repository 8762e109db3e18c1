import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { FailedEmails } from "@/components/failed-emails";
import { PageHeader } from "@/components/page-header";
import { pageTitle } from "@/lib/i18n/page-title";
import { listFailedEmails } from "@/lib/notifications/failed-emails";
import { requireUser } from "@/lib/session/authorize";

export const generateMetadata = pageTitle("failedEmails.title");

// "Fejlede e-mails": the administrator's view of every organisation's e-mails the mail server refused for good, with
// what to fix; each organisation sees its own on "Besked om nyt".
export default async function FailedEmailsPage() {
  await requireUser("notification:failures");
  const t = await getTranslations("failedEmails");
  const failed = await listFailedEmails("all");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {failed.total === 0 ? <EmptyState title={t("empty")} /> : <FailedEmails emails={failed.rows} total={failed.total} organisations />}
    </>
  );
}

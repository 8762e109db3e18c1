import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { OutboxMessage } from "@/components/outbox-message";
import { PageHeader } from "@/components/page-header";
import { pageTitle } from "@/lib/i18n/page-title";
import { isDevOutboxOn, listOutboxMessages, OUTBOX_PAGE_SIZE } from "@/lib/notifications/list-outbox";
import { requireUser } from "@/lib/session/authorize";

export const generateMetadata = pageTitle("devOutbox.title");

// The test outbox: the e-mails the portal would have sent, while no mail server is configured. With SMTP_URL set, the
// page does not exist.
export default async function DevOutboxPage() {
  const user = await requireUser("notification:dev-outbox");
  if (!isDevOutboxOn()) notFound();
  const t = await getTranslations("devOutbox");
  const messages = await listOutboxMessages(user);
  const seesAll = user.role === "ADMIN";
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { count: OUTBOX_PAGE_SIZE })} />
      <p className="mb-6 max-w-3xl text-slate-800">{seesAll ? t("scopeAll") : t("scopeOwn", { organisation: user.organisationName })}</p>
      {messages.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyBody")}</EmptyState>
      ) : (
        <ol aria-label={t("listLabel")} className="max-w-4xl space-y-6">
          {messages.map((message) => (
            <li key={message.id}>
              <OutboxMessage message={message} showOrganisation={seesAll} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

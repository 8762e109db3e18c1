import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import type { FailedEmail } from "@/lib/notifications/failed-emails";

/**
 * E-mails the mail server refused for good, each with what to fix ("the address does not exist: correct it above"),
 * for the organisation they were for or, with `organisations`, for the administrator.
 */
export async function FailedEmails({ emails, total, organisations = false }: { emails: FailedEmail[]; total: number; organisations?: boolean }) {
  const t = await getTranslations("failedEmails");
  const format = await getFormatter();
  return (
    <DataTable
      caption={t("caption", { shown: emails.length, total })}
      rows={emails}
      rowKey={(email) => email.id}
      columns={[
        { header: t("columns.when"), className: "text-sm whitespace-nowrap", cell: (email) => format.dateTime(email.createdAt, { dateStyle: "medium", timeStyle: "short" }) },
        ...(organisations ? [{ header: t("columns.organisation"), cell: (email: FailedEmail) => email.organisationName }] : []),
        { header: t("columns.subject"), cell: (email) => email.subject },
        { header: t("columns.recipient"), className: "font-mono text-sm", cell: (email) => email.recipient },
        {
          header: t("columns.fix"),
          cell: (email) => (
            <>
              <span className="font-semibold">{t(`fix.${email.kind}`)}</span>
              {email.lastError ? <span className="mt-1 block text-sm text-slate-700">{t("serverSaid", { error: email.lastError })}</span> : null}
            </>
          ),
        },
      ]}
    />
  );
}

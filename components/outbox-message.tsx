import { getFormatter, getTranslations } from "next-intl/server";
import type { OutboxMessageRow } from "@/lib/notifications/list-outbox";

const STATUS_CLASS: Record<OutboxMessageRow["status"], string> = {
  PENDING: "border-amber-700 bg-amber-50 text-amber-950",
  SENT: "border-green-800 bg-green-50 text-green-900",
  FAILED: "border-red-800 bg-red-50 text-red-900",
};

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-slate-800">{term}</dt>
      <dd className="mb-2 break-words text-slate-900 sm:mb-0">{children}</dd>
    </>
  );
}

/** One e-mail of the test outbox as the recipient would read it: the text as plain text, its links inert. */
export async function OutboxMessage({ message, showOrganisation }: { message: OutboxMessageRow; showOrganisation: boolean }) {
  const t = await getTranslations("devOutbox");
  const format = await getFormatter();
  const time = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "medium" });
  const titleId = `outbox-message-${message.id}`;
  return (
    <article aria-labelledby={titleId} className="rounded-lg border border-slate-300 p-5">
      <h2 id={titleId} className="text-xl font-bold break-words text-slate-900">
        {message.subject}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <Fact term={t("createdAt")}>{time(message.createdAt)}</Fact>
        <Fact term={t("to")}>{showOrganisation ? `${message.recipient} (${message.organisation.name})` : message.recipient}</Fact>
        <Fact term={t("status")}>
          <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${STATUS_CLASS[message.status]}`}>
            {t(`statuses.${message.status}`, { time: message.sentAt ? time(message.sentAt) : "" })}
          </span>
        </Fact>
        <Fact term={t("attempts")}>{message.attempts}</Fact>
        {message.lastError ? <Fact term={t("lastError")}>{message.lastError}</Fact> : null}
      </dl>
      <h3 className="sr-only">{t("text")}</h3>
      <pre className="mt-4 rounded-md bg-slate-50 p-4 font-sans text-base whitespace-pre-wrap text-slate-900 [overflow-wrap:anywhere]">{message.text}</pre>
    </article>
  );
}

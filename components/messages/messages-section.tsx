import { getTranslations } from "next-intl/server";
import type { FormAction } from "@/lib/http/action-state";
import type { HolderContact } from "@/lib/referrals/holder-contact";
import { MessageForm } from "./message-form";
import { MessageThread, type ThreadMessage } from "./message-thread";

/**
 * "Beskeder": the conversation on a referral between the sending organisation and whoever holds it, with the form to
 * write, and — for the referrer — the holder's phone number and hours, for when a call is quicker.
 */
export async function MessagesSection({
  action,
  referralId,
  events,
  organisationId,
  lastSeen,
  to,
  contact,
}: {
  /** Null when the user no longer holds the referral: the thread is shown, without the form. */
  action: FormAction<null> | null;
  referralId: string;
  events: (ThreadMessage & { type: string })[];
  organisationId: string;
  lastSeen: Date | null;
  /** Who the messages go to: the holder's name, or the referring organisation's. */
  to: string;
  contact?: HolderContact;
}) {
  const t = await getTranslations("messages");
  const messages = events.filter((event) => event.type === "MESSAGE");
  return (
    <section aria-labelledby="messages-title" className="mt-8 max-w-3xl rounded-lg border border-slate-300 p-5">
      <h2 id="messages-title" className="text-2xl font-bold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-1 mb-4 text-slate-800">{action ? t("intro", { to }) : t("notHeld")}</p>
      {contact?.phone ? (
        <p className="mb-4 text-slate-900" data-testid="holder-contact">
          {contact.openingHours ? t("callWithHours", { name: contact.name, phone: contact.phone, hours: contact.openingHours }) : t("call", { name: contact.name, phone: contact.phone })}
        </p>
      ) : null}
      <MessageThread messages={messages} organisationId={organisationId} lastSeen={lastSeen} />
      {action ? <MessageForm action={action} referralId={referralId} to={to} /> : null}
    </section>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { Role } from "@/lib/generated/prisma/enums";

export interface ThreadMessage {
  id: string;
  createdAt: Date;
  note: string | null;
  actorRole: Role | null;
  actorOrganisationId: string | null;
  actorOrganisation: { name: string } | null;
}

/**
 * The messages on a referral, oldest first: who wrote (role and organisation, never a person's name across
 * organisations), when, and what; "Ny" on a message from the other side since the reader last opened the referral.
 */
export async function MessageThread({ messages, organisationId, lastSeen }: { messages: ThreadMessage[]; organisationId: string; lastSeen: Date | null }) {
  const t = await getTranslations();
  const format = await getFormatter();
  if (messages.length === 0) return <p className="text-slate-800">{t("messages.none")}</p>;
  return (
    <ol className="space-y-3" data-testid="message-thread">
      {messages.map((message) => {
        const ours = message.actorOrganisationId === organisationId;
        const unread = !ours && (lastSeen === null || message.createdAt > lastSeen);
        return (
          <li key={message.id} className={`rounded-lg border-2 p-4 ${ours ? "ml-6 border-slate-300 bg-slate-50" : "mr-6 border-brand-700 bg-white"}`}>
            <p className="text-sm text-slate-800">
              {unread ? (
                <span className="mr-2 rounded bg-brand-800 px-1.5 py-0.5 text-xs font-bold text-white" data-testid="message-unread">
                  {t("messages.unread")}
                </span>
              ) : null}
              <span className="font-semibold">{[message.actorRole ? t(`roles.${message.actorRole}`) : null, message.actorOrganisation?.name].filter(Boolean).join(", ")}</span>
              {" · "}
              <time dateTime={message.createdAt.toISOString()}>{format.dateTime(message.createdAt, { dateStyle: "long", timeStyle: "short" })}</time>
            </p>
            <p className="mt-2 whitespace-pre-line text-slate-900">{message.note ?? t("messages.removed")}</p>
          </li>
        );
      })}
    </ol>
  );
}

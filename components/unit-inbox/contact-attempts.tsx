import { getFormatter, getTranslations } from "next-intl/server";
import type { UnitReferral } from "@/lib/unit-inbox/open-unit-referral";

/** The tries to reach the citizen so far, oldest first. */
export async function ContactAttempts({ attempts }: { attempts: UnitReferral["contactAttempts"] }) {
  const t = await getTranslations("unitInbox.contact");
  const format = await getFormatter();
  if (attempts.length === 0) return <p className="text-slate-800">{t("none")}</p>;
  return (
    <ol className="space-y-3" aria-label={t("listTitle")}>
      {attempts.map((attempt) => (
        <li key={attempt.id} className="rounded-md bg-slate-100 px-3 py-2">
          <p className="font-semibold text-slate-900">{t("summary", { channel: t(`channels.${attempt.channel}`), outcome: t(`outcomes.${attempt.outcome}`) })}</p>
          <p className="text-sm text-slate-700">
            <time dateTime={attempt.attemptedAt.toISOString()}>{format.dateTime(attempt.attemptedAt, { dateStyle: "medium", timeStyle: "short" })}</time> · {attempt.user.name}
          </p>
          {attempt.note ? <p className="mt-1 whitespace-pre-line">{attempt.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}

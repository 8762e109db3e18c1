import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DRAFT_DAYS } from "@/lib/referrals/drafts";

const primary = "rounded-md bg-brand-700 px-5 py-3 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white";
const secondary = "rounded-md border-2 border-brand-700 px-5 py-3 font-semibold text-brand-800 no-underline hover:bg-white";

interface DraftChoiceProps {
  savedAt: Date;
  citizenName: string;
  continueHref: string;
  startOverHref: string;
}

/** "Ny henvisning" while an unsent draft exists: go on with it, or start again. */
export async function DraftChoice({ savedAt, citizenName, continueHref, startOverHref }: DraftChoiceProps) {
  const t = await getTranslations("referralForm");
  const format = await getFormatter();
  const when = format.dateTime(savedAt, { day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" });
  return (
    <section aria-labelledby="draft-choice-title" className="max-w-3xl space-y-4 rounded-lg border-2 border-brand-600 bg-brand-50 p-6">
      <h2 id="draft-choice-title" className="text-2xl font-bold text-slate-900">
        {t("draftChoiceTitle")}
      </h2>
      <p className="text-lg">{citizenName ? t("draftChoiceBodyNamed", { name: citizenName, when }) : t("draftChoiceBody", { when })}</p>
      <div className="flex flex-wrap gap-4">
        <Link href={continueHref} className={primary}>
          {t("continueDraft", { when })}
        </Link>
        <Link href={startOverHref} className={secondary}>
          {t("startOver")}
        </Link>
      </div>
      <p className="text-slate-700">{t("startOverHint", { days: DRAFT_DAYS })}</p>
    </section>
  );
}

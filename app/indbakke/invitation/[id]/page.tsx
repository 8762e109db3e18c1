import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { InvitationLetter } from "@/components/letters/invitation-letter";
import { PrintButton } from "@/components/print-button";
import { foundInScope } from "@/lib/http/found-in-scope";
import { pageParams } from "@/lib/http/route-params";
import { pageTitle } from "@/lib/i18n/page-title";
import { openLetterToPrint } from "@/lib/letters/make-invitation";
import { requireUser } from "@/lib/session/authorize";

export const generateMetadata = pageTitle("letters.metaTitle");

// The citizen's invitation, opened to print or save as PDF: the letter as it was made (its language, template version,
// who made it and when are said above it, not on the paper). Each opening is recorded and audit-logged.
export default async function InvitationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("unit-inbox:work");
  const { id } = await pageParams(params);
  const letter = await foundInScope(openLetterToPrint(user, id), user, { type: "CitizenLetter", id });
  const t = await getTranslations("letters");
  const format = await getFormatter();
  return (
    // Cancels the main element's padding so that the paper's margins are exactly the @page margins.
    <div className="-mx-4 -my-8 bg-slate-200 px-4 py-8 print:bg-white print:p-0">
      <div className="no-print mx-auto mb-6 max-w-[210mm] space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <Link href={`/indbakke/${letter.referralId}`} className="font-semibold">
            {t("back", { number: letter.referralNumber })}
          </Link>
          <PrintButton label={t("print")} />
        </div>
        <p className="text-sm text-slate-800" data-testid="letter-record">
          {t("record", {
            language: t(`languages.${letter.language}`),
            date: format.dateTime(letter.createdAt, { dateStyle: "long", timeStyle: "short" }),
            name: letter.createdBy,
            version: letter.templateVersion,
            count: letter.printCount,
          })}
        </p>
        <p className="text-sm text-slate-800">{t("printHint")}</p>
      </div>
      {letter.content ? <InvitationLetter letter={letter.content} /> : <p className="mx-auto max-w-[210mm] bg-white p-8">{t("removed")}</p>}
    </div>
  );
}

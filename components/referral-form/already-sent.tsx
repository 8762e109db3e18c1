import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The form's key belongs to a referral already sent (a reload or "back" after sending): say so, send nothing again. */
export async function AlreadySent({ referral }: { referral: { id: string; number: number } }) {
  const t = await getTranslations("referralForm");
  return (
    <section aria-labelledby="already-sent-title" className="max-w-3xl space-y-4 rounded-lg border-2 border-green-700 bg-green-50 p-6 text-green-950">
      <h2 id="already-sent-title" className="text-2xl font-bold">
        {t("alreadySentTitle")}
      </h2>
      <p className="text-lg">{t("alreadySentBody", { number: referral.number })}</p>
      <div className="flex flex-wrap gap-6">
        <Link href={`/henvisninger/${referral.id}`} className="font-semibold">
          {t("viewReceipt")}
        </Link>
        <Link href="/henvisninger/ny?ny=1" className="font-semibold">
          {t("startNew")}
        </Link>
      </div>
    </section>
  );
}

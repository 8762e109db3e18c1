"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { CreateReferralResult } from "@/lib/referrals/create-referral";
import { TextAreaField } from "./fields";

export type Duplicates = Extract<CreateReferralResult, { kind: "duplicate" }>["duplicates"];

export const DUPLICATE_TITLE_ID = "duplicate-title";

/** Open referrals like this one, sent by the same organisation: send anyway only with a reason. */
export function DuplicateWarning({ duplicates }: { duplicates: Duplicates }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <section aria-labelledby={DUPLICATE_TITLE_ID} className="space-y-4 rounded-lg border-4 border-amber-600 bg-amber-50 p-5 text-amber-950">
      <h3 id={DUPLICATE_TITLE_ID} tabIndex={-1} className="text-xl font-bold focus:outline-none focus-visible:outline-3">
        {t("referralForm.duplicateTitle")}
      </h3>
      <p>{t("referralForm.duplicateIntro", { count: duplicates.length })}</p>
      <table className="w-full border-collapse bg-white text-left text-slate-900">
        <caption className="sr-only">{t("referralForm.duplicateTitle")}</caption>
        <thead className="bg-slate-100 text-sm">
          <tr>
            <th scope="col" className="px-3 py-2">{t("referrals.number")}</th>
            <th scope="col" className="px-3 py-2">{t("referrals.status")}</th>
            <th scope="col" className="px-3 py-2">{t("referrals.destination")}</th>
            <th scope="col" className="px-3 py-2">{t("referralForm.duplicateSentAt")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {duplicates.map((duplicate) => (
            <tr key={duplicate.id}>
              <td className="px-3 py-2 font-mono">{duplicate.number}</td>
              <td className="px-3 py-2">{t(`status.${duplicate.status}`)}</td>
              <td className="px-3 py-2">
                {duplicate.destinationUnit?.name ?? t("referrals.centralTriage")}
                {duplicate.offer ? <span className="block text-sm text-slate-700">{duplicate.offer.title}</span> : null}
              </td>
              <td className="px-3 py-2">{duplicate.sentAt ? format.dateTime(duplicate.sentAt, { dateStyle: "medium" }) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <TextAreaField name="duplicateReason" label={t("referralForm.duplicateReasonLabel")} hint={t("referralForm.duplicateReasonHint")} rows={3} maxLength={500} />
    </section>
  );
}

"use client";

import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table";
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
      <DataTable
        caption={t("referralForm.duplicateTitle")}
        rows={duplicates}
        rowKey={(duplicate) => duplicate.id}
        padding="px-3 py-2"
        className="border-collapse bg-white text-slate-900"
        headClassName="bg-slate-100 text-sm"
        framed={false}
        columns={[
          { header: t("referrals.number"), className: "font-mono", cell: (duplicate) => duplicate.number },
          { header: t("referrals.status"), cell: (duplicate) => t(`status.${duplicate.status}`) },
          {
            header: t("referrals.destination"),
            cell: (duplicate) => (
              <>
                {duplicate.destinationUnit?.name ?? t("referrals.centralTriage")}
                {duplicate.offer ? <span className="block text-sm text-slate-700">{duplicate.offer.title}</span> : null}
              </>
            ),
          },
          { header: t("referralForm.duplicateSentAt"), cell: (duplicate) => (duplicate.sentAt ? format.dateTime(duplicate.sentAt, { dateStyle: "medium" }) : "") },
        ]}
      />
      <TextAreaField name="duplicateReason" label={t("referralForm.duplicateReasonLabel")} hint={t("referralForm.duplicateReasonHint")} rows={3} maxLength={500} />
    </section>
  );
}

import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { EmptyState } from "./empty-state";
import { LoadingState } from "./loading-state";
import { maskCpr } from "@/lib/citizens/cpr";
import type { ReferralListRow } from "@/lib/referrals/referral-list-item";

interface ReferralListProps {
  caption: string;
  emptyTitle: string;
  /** Started by the page after its authorization check; awaited inside the loading boundary. */
  referrals: Promise<ReferralListRow[]>;
  /** Where each row's number links to; without it the rows do not link. */
  href?: (referral: ReferralListRow) => string;
}

export function ReferralList(props: ReferralListProps) {
  return (
    <Suspense fallback={<LoadingState />}>
      <ReferralTable {...props} />
    </Suspense>
  );
}

async function ReferralTable({ caption, emptyTitle, referrals: pending, href }: ReferralListProps) {
  const referrals = await pending;
  if (referrals.length === 0) return <EmptyState title={emptyTitle} />;
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-sm text-slate-800">
          <tr>
            <th scope="col" className="px-4 py-3">{t("referrals.number")}</th>
            <th scope="col" className="px-4 py-3">{t("referrals.citizen")}</th>
            <th scope="col" className="px-4 py-3">{t("referrals.destination")}</th>
            <th scope="col" className="px-4 py-3">{t("referrals.status")}</th>
            <th scope="col" className="px-4 py-3">{t("referrals.lastChange")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {referrals.map((referral) => (
            <tr key={referral.id}>
              <td className="px-4 py-3 font-mono">
                {href ? (
                  <Link href={href(referral)} aria-label={t("referrals.open", { number: referral.number })}>
                    {referral.number}
                  </Link>
                ) : (
                  referral.number
                )}
              </td>
              <td className="px-4 py-3">
                {referral.citizen.name}
                <span className="block font-mono text-sm text-slate-700">{maskCpr(referral.citizen.cpr)}</span>
              </td>
              <td className="px-4 py-3">
                {referral.destinationUnit?.name ?? t("referrals.centralTriage")}
                {referral.offer ? <span className="block text-sm text-slate-700">{referral.offer.title}</span> : null}
              </td>
              <td className="px-4 py-3">{t(`status.${referral.status}`)}</td>
              <td className="px-4 py-3 text-sm">{format.dateTime(referral.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { ReferralList } from "@/components/referral-list";
import { requireUser } from "@/lib/auth/authorize";
import { pageTitle } from "@/lib/i18n/page-title";
import { countAwaitingInformation } from "@/lib/referrals/count-awaiting-information";
import { listOrganisationReferrals } from "@/lib/referrals/list-organisation-referrals";

export const generateMetadata = pageTitle("referrals.mineTitle");

export default async function MyReferralsPage() {
  const user = await requireUser("referral:read-own-organisation");
  const t = await getTranslations("referrals");
  const awaiting = await countAwaitingInformation(user);
  return (
    <>
      <PageHeader title={t("mineTitle")} intro={t("mineIntro")} />
      {awaiting > 0 ? (
        <p className="mb-6 max-w-3xl rounded-lg border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-lg font-semibold text-amber-950">
          {t("awaitingCount", { count: awaiting })}
        </p>
      ) : null}
      <ReferralList
        caption={t("mineTitle")}
        emptyTitle={t("mineEmpty")}
        referrals={listOrganisationReferrals(user)}
        href={(referral) => `/henvisninger/${referral.id}`}
      />
    </>
  );
}

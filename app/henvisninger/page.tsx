import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { ReferralList } from "@/components/referral-list";
import { requireUser } from "@/lib/auth/authorize";
import { pageTitle } from "@/lib/i18n/page-title";
import { listOrganisationReferrals } from "@/lib/referrals/list-organisation-referrals";

export const generateMetadata = pageTitle("referrals.mineTitle");

export default async function MyReferralsPage() {
  const user = await requireUser("referral:read-own-organisation");
  const t = await getTranslations("referrals");
  return (
    <>
      <PageHeader title={t("mineTitle")} intro={t("mineIntro")} />
      <ReferralList caption={t("mineTitle")} emptyTitle={t("mineEmpty")} referrals={listOrganisationReferrals(user)} />
    </>
  );
}

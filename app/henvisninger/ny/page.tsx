import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/authorize";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("referrals.newTitle");

export default async function NewReferralPage() {
  await requireUser("referral:create");
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("referrals.newTitle")} intro={t("referrals.newIntro")} />
      <Link href="/tilbud">{t("navigation.findOffers")}</Link>
    </>
  );
}

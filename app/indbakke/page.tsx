import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { ReferralList } from "@/components/referral-list";
import { requireUser } from "@/lib/auth/authorize";
import { pageTitle } from "@/lib/i18n/page-title";
import { getUnitName, listUnitInbox } from "@/lib/referrals/list-unit-inbox";

export const generateMetadata = pageTitle("inbox.title");

export default async function UnitInboxPage() {
  const user = await requireUser("unit-inbox:work");
  const t = await getTranslations("inbox");
  if (!user.unitId) return <EmptyState title={t("noUnit")} />;
  const unitName = await getUnitName(user.unitId);
  const catalogue = await getTranslations("catalogue");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { unit: unitName ?? "" })} />
      <p className="-mt-2 mb-6">
        <Link href="/indbakke/tilbud" className="font-semibold">
          {catalogue("inboxLink")}
        </Link>
      </p>
      <ReferralList caption={t("title")} emptyTitle={t("empty")} referrals={listUnitInbox(user)} href={(referral) => `/indbakke/${referral.id}`} />
    </>
  );
}

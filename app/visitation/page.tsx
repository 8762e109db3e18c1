import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { ReferralList } from "@/components/referral-list";
import { requireUser } from "@/lib/auth/authorize";
import { pageTitle } from "@/lib/i18n/page-title";
import { listTriageQueue } from "@/lib/triage/list-triage-queue";

export const generateMetadata = pageTitle("triage.title");

export default async function TriageQueuePage() {
  const user = await requireUser("triage:work");
  const t = await getTranslations("triage");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <ReferralList caption={t("title")} emptyTitle={t("empty")} referrals={listTriageQueue(user)} />
    </>
  );
}

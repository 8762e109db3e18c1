import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/authorize";
import { pageTitle } from "@/lib/i18n/page-title";
import { getOffer } from "@/lib/offers/get-offer";

export const generateMetadata = pageTitle("referrals.newTitle");

export default async function NewReferralPage({ searchParams }: { searchParams: Promise<{ offer?: string; triage?: string }> }) {
  await requireUser("referral:create");
  const t = await getTranslations();
  const { offer: offerSlug } = await searchParams;
  const offer = offerSlug ? await getOffer(offerSlug) : null;
  return (
    <>
      <PageHeader title={t("referrals.newTitle")} intro={t("referrals.newIntro")} />
      <section aria-labelledby="destination" className="max-w-3xl rounded-lg border border-slate-300 p-5">
        <h2 id="destination" className="text-lg font-bold">{t("referrals.chosenOffer")}</h2>
        {offer?.takesReferrals ? (
          <>
            <p className="mt-1 text-lg" data-testid="chosen-offer">
              {offer.title} <span className="text-slate-700">– {offer.unit.name}</span>
            </p>
            <h3 className="mt-4 font-semibold">{t("referrals.unitNeeds")}</h3>
            <ul className="mt-1 list-disc pl-6">
              {offer.referralRequirements.map((requirement) => (
                <li key={requirement}>{requirement}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-1 text-lg" data-testid="chosen-offer">{t("referrals.toTriage")}</p>
        )}
        <Link href="/tilbud" className="mt-4 inline-block">{t("referrals.chooseAnother")}</Link>
      </section>
    </>
  );
}

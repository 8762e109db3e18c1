import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/message-page";

export default async function OfferNotFound() {
  const t = await getTranslations();
  return (
    <MessagePage title={t("offerPage.notFoundTitle")} body={t("offerPage.notFoundBody")} homeLabel={t("errors.goHome")}>
      <Link href="/tilbud" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white">
        {t("offerPage.allOffers")}
      </Link>
    </MessagePage>
  );
}

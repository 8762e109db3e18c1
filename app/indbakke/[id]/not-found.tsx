import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/message-page";

export default async function UnitReferralNotFound() {
  const t = await getTranslations();
  return <MessagePage title={t("unitInbox.notFoundTitle")} body={t("unitInbox.notFoundBody")} homeLabel={t("errors.goHome")} />;
}

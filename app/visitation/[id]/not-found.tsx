import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/message-page";

export default async function TriageCaseNotFound() {
  const t = await getTranslations();
  return <MessagePage title={t("triage.case.notFoundTitle")} body={t("triage.case.notFoundBody")} homeLabel={t("errors.goHome")} />;
}

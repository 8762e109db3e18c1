import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/message-page";

export default async function DevOutboxNotFound() {
  const t = await getTranslations();
  return <MessagePage title={t("devOutbox.notFoundTitle")} body={t("devOutbox.notFoundBody")} homeLabel={t("errors.goHome")} />;
}

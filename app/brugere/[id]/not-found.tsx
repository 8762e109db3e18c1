import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/message-page";

export default async function UserNotFound() {
  const t = await getTranslations();
  return <MessagePage title={t("users.notFoundTitle")} body={t("users.notFoundBody")} homeLabel={t("errors.goHome")} />;
}

import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "./locales";

// Danish first; English for the few who ask. The choice is a cookie, so URLs stay the same in both languages.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, timeZone: "Europe/Copenhagen", messages: (await import(`./messages/${locale}.json`)).default };
});

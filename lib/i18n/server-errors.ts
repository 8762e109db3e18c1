import "server-only";
import { getTranslations } from "next-intl/server";
import { ERROR_NAMESPACE, errorTranslator, type Translate } from "./error-messages";

/** lib's messages in the request's language (the locale cookie, Danish by default: lib/i18n/request.ts). */
export async function getErrorTranslator(): Promise<Translate> {
  return errorTranslator(await getTranslations(ERROR_NAMESPACE));
}

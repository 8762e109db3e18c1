import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** `export const generateMetadata = pageTitle("offers.title")`: the page's <title> in the reader's language. */
export function pageTitle(key: string): () => Promise<Metadata> {
  return async () => {
    const t = await getTranslations();
    return { title: t(key) };
  };
}

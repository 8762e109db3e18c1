import { getFormatter, getTranslations } from "next-intl/server";
import { COUNT_LIMIT, isOverLimit } from "@/lib/paging/capped-count";

/**
 * A count from a capped query (lib/paging/capped-count.ts): the number, or "over 1.000" past the limit. `words` puts
 * the number into a sentence ("1.000 henvisninger har nyt"); without it the number stands alone.
 */
export async function CappedCount({ count, words }: { count: number; words?: (count: number) => string }) {
  const t = await getTranslations("paging");
  const shown = Math.min(count, COUNT_LIMIT);
  const text = words ? words(shown) : (await getFormatter()).number(shown);
  return <>{isOverLimit(count) ? t(words ? "overSentence" : "over", { what: text }) : text}</>;
}

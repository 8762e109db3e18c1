import Link from "next/link";
import { getTranslations } from "next-intl/server";

interface PageLinksProps {
  /** The next page's address; absent on the last page. */
  nextHref?: string;
  /** The first page's address, shown once the user has paged on. */
  firstHref?: string;
}

/** Plain links between the pages of a list, so paging works without JavaScript and each page has its own address. */
export async function PageLinks({ nextHref, firstHref }: PageLinksProps) {
  if (!nextHref && !firstHref) return null;
  const t = await getTranslations("paging");
  return (
    <nav aria-label={t("label")} className="mt-4 flex flex-wrap gap-4">
      {firstHref ? (
        <Link href={firstHref} className="font-semibold">
          {t("first")}
        </Link>
      ) : null}
      {nextHref ? (
        <Link href={nextHref} rel="next" className="font-semibold">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { auditQueryString, type AuditCursor, type AuditFilter } from "@/lib/audit/schemas";

/** Newer and older pages of the same search; links, so paging works without JavaScript and each page has its URL. */
export async function AuditPager({ filter, newer, older }: { filter: AuditFilter; newer?: AuditCursor; older?: AuditCursor }) {
  if (!newer && !older) return null;
  const t = await getTranslations("audit.pager");
  const link = "rounded-md border-2 border-brand-700 px-4 py-2 font-semibold no-underline hover:bg-brand-50";
  return (
    <nav aria-label={t("label")} className="no-print mt-4">
      <ul className="flex flex-wrap gap-3">
        {newer ? (
          <>
            <li>
              <Link href={`/revisionslog${auditQueryString(filter)}`} className={link}>
                {t("newest")}
              </Link>
            </li>
            <li>
              <Link href={`/revisionslog${auditQueryString(filter, { before: newer })}`} className={link}>
                ← {t("newer")}
              </Link>
            </li>
          </>
        ) : null}
        {older ? (
          <li>
            <Link href={`/revisionslog${auditQueryString(filter, { after: older })}`} className={link}>
              {t("older")} →
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

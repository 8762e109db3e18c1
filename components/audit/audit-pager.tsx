import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { auditQueryString, type AuditCursor, type AuditFilter } from "@/lib/audit/schemas";

/** Newer and older pages of the same search (a CPR number as its search id); links, so paging works without JavaScript. */
export async function AuditPager({ filter, cprSearch, newer, older }: { filter: AuditFilter; cprSearch?: string; newer?: AuditCursor; older?: AuditCursor }) {
  if (!newer && !older) return null;
  const t = await getTranslations("audit.pager");
  const link = "rounded-md border-2 border-brand-700 px-4 py-2 font-semibold no-underline hover:bg-brand-50";
  return (
    <nav aria-label={t("label")} className="no-print mt-4">
      <ul className="flex flex-wrap gap-3">
        {newer ? (
          <>
            <li>
              <Link href={`/revisionslog${auditQueryString(filter, { cprSearch })}`} className={link}>
                {t("newest")}
              </Link>
            </li>
            <li>
              <Link href={`/revisionslog${auditQueryString(filter, { before: newer, cprSearch })}`} className={link}>
                ← {t("newer")}
              </Link>
            </li>
          </>
        ) : null}
        {older ? (
          <li>
            <Link href={`/revisionslog${auditQueryString(filter, { after: older, cprSearch })}`} className={link}>
              {t("older")} →
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import type { Colleague } from "@/lib/referrals/list-colleagues";

/** Each colleague's open cases and how many are overdue: who has room, and who needs help. */
export async function ColleaguesTable({ colleagues, userId }: { colleagues: Colleague[]; userId: string }) {
  const t = await getTranslations("owners");
  return (
    <section aria-labelledby="colleagues-title" className="mt-10">
      <h2 id="colleagues-title" className="mb-3 text-xl font-bold text-slate-900">
        {t("colleaguesTitle")}
      </h2>
      <DataTable
        caption={t("colleaguesCaption")}
        rows={colleagues}
        rowKey={(colleague) => colleague.id}
        columns={[
          { header: t("columns.name"), cell: (colleague) => (colleague.id === userId ? `${colleague.name} ${t("you")}` : colleague.name) },
          { header: t("columns.open"), cell: (colleague) => colleague.open },
          {
            header: t("columns.overdue"),
            cell: (colleague) =>
              colleague.overdue > 0 ? (
                <span className="font-bold text-red-900">
                  <span aria-hidden="true">! </span>
                  {colleague.overdue}
                </span>
              ) : (
                0
              ),
          },
        ]}
      />
    </section>
  );
}

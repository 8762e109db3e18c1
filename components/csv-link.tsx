import { getTranslations } from "next-intl/server";
import type { OverviewTable } from "@/lib/reach/overview-csv";

/** "Hent tabellen som CSV": the table above, as the page shows it, for Excel. */
export async function CsvLink({ table }: { table: OverviewTable }) {
  const t = await getTranslations("overview");
  return (
    <p className="mt-3">
      <a href={`/overblik/eksport?tabel=${table}`} download className="font-semibold">
        {t("csv")}
      </a>
    </p>
  );
}

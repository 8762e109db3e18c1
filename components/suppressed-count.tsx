import { getTranslations } from "next-intl/server";
import type { DisplayCell } from "@/lib/reach/small-cells";

/** A count about citizens as lib/reach/small-cells.ts lets it be shown: the number, "<5" or "skjult". */
export async function SuppressedCount({ cell }: { cell: DisplayCell }) {
  if (cell.kind === "shown") return <>{cell.value}</>;
  const t = await getTranslations("smallCells");
  return <span data-suppressed={cell.kind}>{t(cell.kind)}</span>;
}

/** Says what "<5" and "skjult" mean, under a table that uses them. */
export async function SmallCellsNote() {
  const t = await getTranslations("smallCells");
  return <p className="mt-3 max-w-xl text-sm text-slate-700">{t("note")}</p>;
}

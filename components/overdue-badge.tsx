import { getTranslations } from "next-intl/server";

/** "! Overskredet": a late step said in a word and marked with a sign, not by colour alone. */
export async function OverdueBadge({ className = "" }: { className?: string }) {
  const t = await getTranslations("clock");
  return (
    <span className={`inline-flex items-center gap-1 rounded border-2 border-red-700 px-1.5 font-bold whitespace-nowrap text-red-900 ${className}`}>
      <span aria-hidden="true">!</span>
      {t("overdue")}
    </span>
  );
}

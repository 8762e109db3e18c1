import { getTranslations } from "next-intl/server";
import type { Barrier } from "@/lib/generated/prisma/enums";
import { BARRIERS } from "@/lib/routing/barriers";

/** What the referrer said can stand in the way of taking part: the ticked barriers, "Andet" in the referrer's words. */
export async function Barriers({ barriers, note, none }: { barriers: readonly Barrier[]; note: string | null; none: string }) {
  const t = await getTranslations("labels.barrier");
  const ticked = BARRIERS.filter((barrier) => barriers.includes(barrier));
  if (ticked.length === 0 && !note) return <>{none}</>;
  return (
    <ul className="list-disc pl-5" data-testid="barriers">
      {ticked.map((barrier) => (
        <li key={barrier}>{barrier === "OTHER" && note ? `${t(barrier)}: ${note}` : t(barrier)}</li>
      ))}
      {note && !ticked.includes("OTHER") ? <li className="whitespace-pre-line">{note}</li> : null}
    </ul>
  );
}

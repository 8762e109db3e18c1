import { getTranslations } from "next-intl/server";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ScreeningResult } from "@/lib/screening/score";
import { screeningLines } from "./screening-lines";

/** The result of the health conversation the referral was sent with, as it was scored at sending. */
function resultOf(screening: Prisma.JsonValue | null): ScreeningResult | null {
  if (typeof screening !== "object" || screening === null || Array.isArray(screening)) return null;
  const result = screening.result;
  return typeof result === "object" && result !== null && !Array.isArray(result) ? (result as unknown as ScreeningResult) : null;
}

/** On a case page: what the referrer's health conversation with the citizen showed, instrument by instrument. */
export async function ScreeningSummary({ screening }: { screening: Prisma.JsonValue | null }) {
  const result = resultOf(screening);
  if (!result) return null;
  const t = await getTranslations("screening");
  const lines = screeningLines(result, t);
  return lines.length > 0 ? (
    <ul className="list-disc space-y-1 pl-5" data-testid="screening-summary">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  ) : null;
}

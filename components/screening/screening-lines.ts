import type { ScreeningResult } from "@/lib/screening/score";

/** The "screening" messages, from getTranslations on the server or useTranslations in the browser. */
type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Each instrument's score in one line ("Trivsel (WHO-5): 40 af 100 – lav trivsel"), for those that were answered. */
export function screeningLines(result: ScreeningResult, t: Translate): string[] {
  return [
    result.who5 && t("who5", { score: result.who5.score, band: result.who5.band }),
    result.auditC && t("auditC", { score: result.auditC.score, positive: String(result.auditC.positive) }),
    result.loneliness && t("loneliness", { score: result.loneliness.score, lonely: String(result.loneliness.lonely) }),
    result.mmrc && t("mmrc", { grade: result.mmrc.grade, limiting: String(result.mmrc.limiting) }),
  ].filter((line): line is string => Boolean(line));
}

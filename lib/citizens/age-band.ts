// Age bands for the shared social profile: fine enough to see the 45+ target group, coarse enough to report.
export const AGE_BANDS = ["under 30", "30-44", "45-54", "55-64", "65-74", "75+"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBandOf(age: number): AgeBand {
  if (age < 30) return "under 30";
  if (age < 45) return "30-44";
  if (age < 55) return "45-54";
  if (age < 65) return "55-64";
  if (age < 75) return "65-74";
  return "75+";
}

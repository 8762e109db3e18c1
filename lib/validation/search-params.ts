/** Next's searchParams with one value per key: a repeated parameter counts by its first value. */
export function firstSearchParams(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

/** A CPR number with a real date (born in the 1900s); unique enough that no other story refers the same citizen. */
export function uniqueCpr(): string {
  const pad = (value: number, length: number) => String(value).padStart(length, "0");
  const random = (below: number) => Math.floor(Math.random() * below);
  return `${pad(1 + random(28), 2)}${pad(1 + random(12), 2)}${pad(40 + random(35), 2)}-${pad(random(3999), 4)}`;
}

/** A citizen name no other story uses, so rows can be found by name while specs run in parallel. */
export const uniqueName = (first: string) => `${first} ${Math.random().toString(36).slice(2, 8)}`;

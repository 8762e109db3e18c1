// Types of forwarded-for.mjs (plain JavaScript, so that the server entry runs it unbuilt).

export interface TrustedProxies {
  readonly size: number;
  has(address: string | null | undefined): boolean;
}

export function normaliseAddress(value: string | null | undefined): string;
export function parseTrustedProxies(text: string | null | undefined): TrustedProxies;
export const NO_TRUSTED_PROXIES: TrustedProxies;
export function trustedProxiesFromEnv(): TrustedProxies;
export function forwardedChain(header: string | null | undefined, socketAddress: string | null | undefined, trusted: TrustedProxies): string;
export function clientAddress(header: string | null | undefined, trusted: TrustedProxies): string | null;

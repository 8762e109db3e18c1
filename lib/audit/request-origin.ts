// "From where" in an audit row and the sign-in limit: the client's address and browser, read from the request's
// headers. Pure, given the trusted proxies.
//
// The server entry (scripts/serve.mjs) sets X-Forwarded-For on every request: the socket's address, or — when the
// socket is a proxy in TRUSTED_PROXIES — the chain that proxy forwarded with its own address appended. The client is
// the right-most hop that is not a trusted proxy; whatever a client wrote further left is never believed
// (docs/decisions/007-client-address.md). X-Real-IP is not read: nothing checks who wrote it.
import { clientAddress, trustedProxiesFromEnv, type TrustedProxies } from "@/lib/network/forwarded-for.mjs";

export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

/** Enough to tell browsers apart; a client cannot make every audit row as long as it likes. */
const USER_AGENT_MAX = 512;

const clip = (value: string | null | undefined, max: number) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : null;
};

export function originFromHeaders(headers: Pick<Headers, "get">, trusted: TrustedProxies = trustedProxiesFromEnv()): RequestOrigin {
  return {
    ip: clientAddress(headers.get("x-forwarded-for"), trusted),
    userAgent: clip(headers.get("user-agent"), USER_AGENT_MAX),
  };
}

export const NO_ORIGIN: RequestOrigin = { ip: null, userAgent: null };

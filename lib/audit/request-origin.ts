// "From where" in an audit row: the client's address and browser, read from the request's headers. Pure.
//
// Behind the city's reverse proxy the client is the first address of X-Forwarded-For (the proxy must set that header
// itself, overwriting what the client sent; docs/security.md). `next start` on its own fills X-Forwarded-For with the
// socket's address when no proxy did. X-Real-IP is the fallback some proxies use instead.

export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

/** An IPv6 address with a zone is at most ~50 characters; anything longer is not an address. */
const IP_MAX = 64;
/** Enough to tell browsers apart; a client cannot make every audit row as long as it likes. */
const USER_AGENT_MAX = 512;

const clip = (value: string | null | undefined, max: number) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : null;
};

/** "::ffff:10.1.2.3" (an IPv4 client on an IPv6 socket) is written as the IPv4 address a person recognises. */
const unmapped = (ip: string | null) => ip?.replace(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i, "$1") ?? null;

export function originFromHeaders(headers: Pick<Headers, "get">): RequestOrigin {
  const firstHop = headers.get("x-forwarded-for")?.split(",")[0];
  return {
    ip: unmapped(clip(firstHop, IP_MAX) ?? clip(headers.get("x-real-ip"), IP_MAX)),
    userAgent: clip(headers.get("user-agent"), USER_AGENT_MAX),
  };
}

export const NO_ORIGIN: RequestOrigin = { ip: null, userAgent: null };

// Who connected: the client's address from the socket and X-Forwarded-For, trusting the header only as far as it was
// written by a proxy named in TRUSTED_PROXIES (docs/decisions/007-client-address.md). Plain JavaScript, because the
// server entry (scripts/serve.mjs) runs it unbuilt; the portal's code imports the same file. Pure apart from
// trustedProxiesFromEnv reading the environment once.
import { BlockList, isIP } from "node:net";

/** "::ffff:10.1.2.3" (an IPv4 client on an IPv6 socket) as the IPv4 address a person recognises; trimmed. */
export function normaliseAddress(value) {
  const trimmed = String(value ?? "").trim();
  return /^::ffff:\d{1,3}(?:\.\d{1,3}){3}$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

/**
 * TRUSTED_PROXIES: addresses and CIDR ranges separated by commas, e.g. "10.0.0.5, 10.20.0.0/16, 2001:db8::/48".
 * Empty or unset: none, so the socket's address is the client. Throws an Error naming the first entry that is not one.
 */
export function parseTrustedProxies(text) {
  const list = new BlockList();
  const entries = String(text ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [network = "", prefix, extra] = entry.split("/");
    const address = normaliseAddress(network);
    const version = isIP(address);
    const bits = prefix === undefined ? (version === 6 ? 128 : 32) : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (!version || extra !== undefined || !(bits >= 0 && bits <= (version === 6 ? 128 : 32))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range like 10.0.0.0/8`);
    }
    list.addSubnet(address, bits, version === 6 ? "ipv6" : "ipv4");
  }
  return {
    size: entries.length,
    /** Whether a (valid) address is one of the trusted proxies. */
    has(address) {
      const normalised = normaliseAddress(address);
      const version = isIP(normalised);
      if (!version || entries.length === 0) return false;
      try {
        return list.check(normalised, version === 6 ? "ipv6" : "ipv4");
      } catch {
        return false; // e.g. an IPv6 address with a zone
      }
    },
  };
}

export const NO_TRUSTED_PROXIES = parseTrustedProxies("");

let fromEnv;
/** TRUSTED_PROXIES of this process, parsed once (lib/config.ts refuses a bad value at start-up). */
export function trustedProxiesFromEnv() {
  fromEnv ??= parseTrustedProxies(process.env.TRUSTED_PROXIES);
  return fromEnv;
}

const hopsOf = (header) =>
  String(header ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);

/**
 * The X-Forwarded-For the portal sees, set by the server entry on every request: from a trusted proxy, the chain it
 * forwarded with the proxy's own address appended; from anyone else, only the socket's address — what a client
 * wrote itself is dropped.
 */
export function forwardedChain(header, socketAddress, trusted) {
  const socket = normaliseAddress(socketAddress);
  if (!socket) return "";
  return trusted.has(socket) ? [...hopsOf(header), socket].join(", ") : socket;
}

/**
 * The client in an X-Forwarded-For chain: the right-most hop that is not a trusted proxy (every proxy appends the
 * address it was connected from, so everything left of the first untrusted hop may be made up). When every hop is a
 * trusted proxy, the left-most: a proxy asking on its own behalf. null when that hop is not an IP address.
 */
export function clientAddress(header, trusted) {
  const hops = hopsOf(header).map(normaliseAddress);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index];
    if (!isIP(hop)) return null;
    if (!trusted.has(hop)) return hop;
  }
  return hops[0] ?? null;
}

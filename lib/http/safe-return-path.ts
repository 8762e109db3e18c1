// Where to send the browser back to after a form that only changes a setting (the language switch). The path comes
// from the client, so it is an open redirect unless it is checked: only a path on this portal is accepted. Pure.

/** A stand-in origin: the path is resolved against it and must stay on it. */
const HERE = "http://portal.invalid";
/** Longer is no page of ours, and a redirect's Location need not carry it. */
const MAX_LENGTH = 500;

/**
 * The path (with its query, without a fragment) if `input` is a same-origin relative path, else "/". Refused: anything
 * not starting with one "/" (absolute URLs, `javascript:`, `//host`), a backslash in any form (browsers read `/\host`
 * as `//host`; `%5C` too, since a proxy or a later decode may turn it into one), and control characters (CR/LF would
 * split the Location header; tab and newline are dropped by URL parsers, so `/\t/host` becomes `//host`).
 */
export function safeReturnPath(input: unknown): string {
  if (typeof input !== "string" || input.length > MAX_LENGTH) return "/";
  if (!input.startsWith("/") || input.startsWith("//")) return "/";
  if (/[\\\u0000-\u001f\u007f]|%5c|%0[0-9a-f]|%1[0-9a-f]|%7f/i.test(input)) return "/";
  const url = URL.parse(input, HERE);
  if (!url || url.origin !== HERE) return "/";
  return `${url.pathname}${url.search}`;
}

// The Content-Security-Policy the proxy (proxy.ts) sends with every response: scripts only with this request's nonce
// (Next.js puts it on its own scripts, read from the request's copy of the header), and 'strict-dynamic' so the
// scripts those load may run too. Pure. docs/security.md, "Web hardening".

export interface ContentSecurityPolicyOptions {
  nonce: string;
  /** `next dev` needs eval (React's error overlay) and inline styles (hot reload); a build needs neither. */
  development: boolean;
  /** Origins a form may post to or be redirected to besides our own, e.g. the OpenID Connect broker's sign-in page. */
  formActionOrigins: readonly string[];
}

/** 128 random bits, base64: unguessable and fresh for every request. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function contentSecurityPolicy({ nonce, development, formActionOrigins }: ContentSecurityPolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", ...(development ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'", ...formActionOrigins],
    ["frame-ancestors", "'none'"],
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

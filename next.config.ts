import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// The messages are compiled ahead of time (precompile): browsers get no ICU message parser, a tenth of the first-load
// JavaScript of a page like /tilbud (docs/performance.md).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

// Sent with every response, static files too; the Content-Security-Policy needs a nonce per request: proxy.ts.
// docs/security.md, "Web hardening".
const SECURITY_HEADERS = [
  // Browsers only heed it over https; two years, as the HSTS preload list asks.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  // For browsers that predate CSP's frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

// Pages that show full CPR numbers send no Referer at all, not even to the portal's own scripts and styles, so no
// address of theirs reaches a server or proxy log that way (the audit pages' URLs hold only a sealed search id anyway,
// decision 009). Later entries win over the same header above. A consequence: a form posted without JavaScript from
// these pages carries `Origin: null`, which Next's server-action check refuses (decision 009).
const NO_REFERRER_PAGES = ["/henvisninger/:id", "/indbakke/:id", "/visitation/:id", "/revisionslog/:path*"];
const NO_REFERRER = [{ key: "Referrer-Policy", value: "no-referrer" }];

const nextConfig: NextConfig = {
  // PGlite ships wasm and reads files relative to its module: keep it (and its adapter) out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  experimental: {
    // forbidden() renders app/forbidden.tsx with status 403 (lib/auth/authorize.ts).
    authInterrupts: true,
  },
  poweredByHeader: false,
  headers: async () => [{ source: "/:path*", headers: SECURITY_HEADERS }, ...NO_REFERRER_PAGES.map((source) => ({ source, headers: NO_REFERRER }))],
  // Lets two builds live side by side (e.g. a second checkout's tests); default .next.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default withNextIntl(nextConfig);

import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite ships wasm and reads files relative to its module: keep it (and its adapter) out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  experimental: {
    // forbidden() renders app/forbidden.tsx with status 403 (lib/auth/authorize.ts).
    authInterrupts: true,
  },
  poweredByHeader: false,
  // Lets two builds live side by side (e.g. a second checkout's tests); default .next.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default withNextIntl(nextConfig);

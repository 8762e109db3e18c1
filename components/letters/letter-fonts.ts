import localFont from "next/font/local";

/**
 * The Arabic letters' font, shipped with the portal (from @fontsource, served by Next.js from the portal itself), so an
 * Arabic invitation renders and prints the same on a machine without Arabic fonts and without the internet.
 */
export const arabicFont = localFont({
  src: [
    { path: "../../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2", weight: "700", style: "normal" },
  ],
  display: "block",
  fallback: ["system-ui", "sans-serif"],
});

"use client";

import "./globals.css";

// Last resort when the root layout itself fails (e.g. the database is gone): no providers, so the text is here, in
// Danish and English. Styled by classes, not style attributes, which the Content-Security-Policy refuses (proxy.ts).
// As on app/error.tsx, only the digest of the error is shown, never its message.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="da">
      <body>
        <main className="mx-auto my-16 max-w-xl px-4">
          <h1 className="text-3xl font-bold">Noget gik galt</h1>
          <p className="mt-4 text-lg text-slate-700">
            Henvisningsportalen kan ikke vise siden lige nu. Prøv igen om lidt. Intet af det, du har sendt, er gået tabt.
          </p>
          <p lang="en" className="mt-4 text-slate-700">
            Something went wrong: the referral portal cannot show the page right now. Try again in a moment. Nothing you sent has been
            lost.
          </p>
          {error.digest ? <p className="mt-4 text-sm text-slate-700">Fejlkode til support / reference for support: {error.digest}</p> : null}
          <button type="button" onClick={reset} className="mt-8 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            Prøv igen / Try again
          </button>
        </main>
      </body>
    </html>
  );
}

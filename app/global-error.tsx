"use client";

// Last resort when the root layout itself fails (e.g. the database is gone): no providers, so plain Danish text.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="da">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem" }}>
        <main>
          <h1>Noget gik galt</h1>
          <p>Henvisningsportalen kan ikke vise siden lige nu. Prøv igen om lidt. Intet af det, du har sendt, er gået tabt.</p>
          <button type="button" onClick={reset}>
            Prøv igen
          </button>
        </main>
      </body>
    </html>
  );
}

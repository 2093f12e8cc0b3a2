import type { Metadata } from "next";
import type { ReactNode } from "react";

// A share link's token is its URL: keep it out of search engines and out of the Referer sent to the
// sources the report links to (next.config.ts also sends Referrer-Policy: no-referrer for /share/*).
export const metadata: Metadata = {
  title: "Shared report",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/** Public pages for people outside the workspace: no session, no workspace navigation. */
export default function ShareLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      {children}
    </main>
  );
}

import type { NextConfig } from "next";
import { readEnv } from "./lib/env";

// The Content-Security-Policy is set per request in proxy.ts: it carries a fresh script nonce.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

// An uploaded file travels in a server action's body: leave room for the largest import plus the form around it.
const importBodyLimit = `${Math.ceil(readEnv().FACTDESK_IMPORT_MAX_MB * 1.1) + 1}mb` as const;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native or WASM database and hashing packages must be loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "@node-rs/argon2",
    "@prisma/schema-engine-wasm",
    // Import: jsdom reads its own files at run time; the rest are large and server-only.
    "jsdom",
    "mammoth",
    "iconv-lite",
    "chardet",
    "request-filtering-agent",
    // Job queue: pg-boss keeps its own connection pool and SQL; it belongs to the server only.
    "pg-boss",
    // PDF export: pdfkit reads its standard font metrics (.afm) from node_modules at run time.
    "pdfkit",
  ],
  experimental: {
    serverActions: { bodySizeLimit: importBodyLimit },
    proxyClientMaxBodySize: importBodyLimit,
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // A share link's token is in its URL: links followed from the shared report must not carry it along.
      { source: "/share/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
    ];
  },
};

export default nextConfig;

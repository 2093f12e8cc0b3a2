import { defineConfig } from "prisma/config";

// The Prisma CLI reads this file. Factdesk's own migration tool (scripts/db.ts)
// uses the same schema and migrations folder; `prisma migrate deploy` agrees
// with it wherever the CLI can download its engine.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/factdesk" },
});

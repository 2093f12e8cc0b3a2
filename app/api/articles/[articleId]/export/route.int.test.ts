// Protects: an export is always a download under a policy that lets nothing in it load or run on the
// app's origin, in every format, and the route's refusals carry the same policy.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { createApiToken } from "@/lib/api-tokens/actions";
import type { SessionUser } from "@/lib/auth/session-user";
import { createDesk } from "@/lib/comments/testing/desk-fixture";
import { EXPORT_FORMATS } from "@/lib/exports/formats";
import { setupAppDatabase } from "@/lib/testing/app-database";

// These requests authenticate with an API token; the session (next-auth, Next's request scope) is
// never asked, and cannot be outside a Next request.
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));
const { GET } = await import("./route");

const prisma = setupAppDatabase();
let token: string;
let rivalToken: string;
let articleId: string;

async function tokenFor(user: SessionUser): Promise<string> {
  const result = await executeAction(createApiToken, user, { name: "Export test" });
  if (!result.ok) throw new Error(result.error);
  return result.data.token;
}

beforeAll(async () => {
  const desk = await createDesk(prisma(), "Export Desk");
  const editor = await desk.addMember("EDITOR", "Erin Export");
  articleId = (await desk.addArticle(editor, "Ministry: 14 wounded near the border")).id;
  token = await tokenFor(editor);
  const rival = await createDesk(prisma(), "Rival Desk");
  rivalToken = await tokenFor(await rival.addMember("EDITOR", "Rory Rival"));
});

function get(format: string, bearer = token, id = articleId): Promise<Response> {
  const request = new Request(`http://factdesk.test/api/articles/${id}/export?format=${format}`, {
    headers: { Authorization: `Bearer ${bearer}` },
  });
  return GET(request, { params: Promise.resolve({ articleId: id }) });
}

function expectLockedDown(response: Response) {
  const policy = response.headers.get("content-security-policy") ?? "";
  const directives = policy.split(";").map((directive) => directive.trim());
  expect(directives).toContain("default-src 'none'");
  expect(directives).toContain("frame-ancestors 'none'");
  expect(directives).toContain("form-action 'none'");
  expect(directives).toContain("base-uri 'none'");
  // Styles by hash only: no 'unsafe-inline', no script, image, font or connection source at all.
  expect(directives.filter((directive) => !directive.startsWith("default-src"))).not.toContainEqual(
    expect.stringMatching(/unsafe|script-src|img-src|font-src|connect-src|\*/),
  );
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
}

describe("GET /api/articles/{id}/export", () => {
  it.each(EXPORT_FORMATS)(
    "sends %s as a download named after the article, under the strict policy",
    async (format) => {
      const response = await get(format);
      expect(response.status).toBe(200);
      expectLockedDown(response);
      const disposition = response.headers.get("content-disposition") ?? "";
      const name = /^attachment; filename="([^"]+)"; filename\*=UTF-8''(.+)$/.exec(disposition);
      expect(name?.[1]).toMatch(/^ministry-14-wounded-near-the-border\.[a-z.]+$/);
      expect(name?.[2]).toBe(name?.[1]);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
    },
  );

  it("allows exactly the HTML report's stylesheet, so the report still looks as it should", async () => {
    const response = await get("html");
    const html = await response.text();
    const stylesheet = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    expect(stylesheet).toContain(".fd-report");
    const hash = createHash("sha256").update(stylesheet, "utf8").digest("base64");
    expect(response.headers.get("content-security-policy")).toContain(`style-src 'sha256-${hash}'`);
    expect(html).not.toMatch(/ style=/);
  });

  it("keeps the policy on refusals: unknown format, no token, another newsroom's article", async () => {
    const unknown = await get("docx");
    expect(unknown.status).toBe(400);
    expectLockedDown(unknown);
    const unsigned = await GET(
      new Request(`http://factdesk.test/api/articles/${articleId}/export?format=md`),
      {
        params: Promise.resolve({ articleId }),
      },
    );
    expect(unsigned.status).toBe(401);
    expectLockedDown(unsigned);
    const rival = await get("md", rivalToken);
    expect(rival.status).toBe(404);
    expectLockedDown(rival);
    expect(await rival.text()).not.toContain("14 wounded");
  });
});

import type { MatrixCase, MatrixFixture } from "@/lib/actions/matrix-case";
import { matrixPageUrl } from "./testing/page-server";

/** A fresh source in workspace A's library. */
export async function createMatrixSource({ prisma, workspaceId, ownerId }: MatrixFixture, url?: string) {
  return prisma.source.create({
    data: { workspaceId, createdById: ownerId, title: "Ministry statement", type: "GOVERNMENT", url },
  });
}

const FIELDS = { title: "Wire report", publisher: "Matrix Wire", type: "WIRE_AGENCY", reliability: 4 };

/** How the authorization matrix (lib/actions/registry.int.test.ts) exercises the source actions. */
export const sourceMatrixCases: Record<string, MatrixCase> = {
  "sources.create": {
    targetsObject: false,
    prepare: async () => ({ ...FIELDS, url: "https://example.com/a" }),
  },
  "sources.update": {
    targetsObject: true,
    prepare: async (fixture) => ({
      sourceId: (await createMatrixSource(fixture)).id,
      revision: 0,
      ...FIELDS,
    }),
  },
  "sources.delete": {
    targetsObject: true,
    prepare: async (fixture) => ({ sourceId: (await createMatrixSource(fixture)).id }),
  },
  "sources.snapshot": {
    targetsObject: true,
    prepare: async (fixture) => ({ sourceId: (await createMatrixSource(fixture, await matrixPageUrl())).id }),
  },
  "sources.search": { targetsObject: false, prepare: async () => ({ query: "ministry" }) },
};

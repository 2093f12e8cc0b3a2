// Protects: nobody reads or changes what is not theirs. Every registered action runs for every kind of
// caller against workspace A's objects: owner, editor and viewer of A, an owner of workspace B, and nobody.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { executeAction } from "./execute-action";
import type { MatrixFixture } from "./matrix-case";
import { MATRIX_CASES } from "./matrix-cases";
import { ACTIONS } from "./registry";

const prisma = setupAppDatabase();
const PASSWORD = "matrix-password-1";
let passwordHash: string;
let fixture: MatrixFixture;
let workspaceB: SessionUser["workspace"];

type Caller = { label: string; role: Role; inA: boolean };
const CALLERS: Caller[] = [
  { label: "owner of A", role: "OWNER", inA: true },
  { label: "editor of A", role: "EDITOR", inA: true },
  { label: "viewer of A", role: "VIEWER", inA: true },
  { label: "owner of B only", role: "OWNER", inA: false },
];

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
  const a = await prisma().workspace.create({ data: { slug: `a-${randomUUID()}`, name: "Workspace A" } });
  const b = await prisma().workspace.create({ data: { slug: `b-${randomUUID()}`, name: "Workspace B" } });
  workspaceB = { id: b.id, slug: b.slug, name: b.name };
  const owner = await createCaller({ id: a.id, slug: a.slug, name: a.name }, "OWNER");
  fixture = { prisma: prisma(), workspaceId: a.id, ownerId: owner.id, password: PASSWORD };
});

/** A fresh user per case: some actions sign their caller out or rename them. */
async function createCaller(workspace: SessionUser["workspace"], role: Role): Promise<SessionUser> {
  const email = `caller-${randomUUID()}@matrix.example`;
  const user = await prisma().user.create({
    data: {
      email,
      name: "Caller",
      passwordHash,
      memberships: { create: { workspaceId: workspace.id, role } },
    },
  });
  return { id: user.id, email, name: user.name, workspace, role };
}

it("has a matrix case for every registered action, and no case for an unknown one", () => {
  const names = ACTIONS.map((action) => action.name);
  expect(new Set(names).size).toBe(names.length);
  expect(names.filter((name) => !MATRIX_CASES[name])).toEqual([]);
  expect(Object.keys(MATRIX_CASES).filter((name) => !names.includes(name))).toEqual([]);
});

describe.each(ACTIONS.map((action) => [action.name, action] as const))("%s", (_name, action) => {
  const matrixCase = () => {
    const found = MATRIX_CASES[action.name];
    if (!found) throw new Error(`No matrix case for ${action.name}`);
    return found;
  };

  it("refuses a caller who is not signed in", async () => {
    const result = await executeAction(action, null, await matrixCase().prepare(fixture));
    expect(result).toMatchObject({ ok: false, code: "UNAUTHORIZED" });
  });

  it.each(CALLERS)("$label", async (caller) => {
    const workspace = caller.inA ? { id: fixture.workspaceId, slug: "a", name: "Workspace A" } : workspaceB;
    const user = await createCaller(workspace, caller.role);
    const result = await executeAction(action, user, await matrixCase().prepare(fixture));
    const { targetsObject } = matrixCase();
    const expected = !can(caller.role, action.permission)
      ? "FORBIDDEN"
      : targetsObject === "personal" || (!caller.inA && targetsObject)
        ? "NOT_FOUND"
        : "ALLOWED";
    expect(result.ok ? "ALLOWED" : result.code, result.ok ? "" : result.error).toBe(expected);
  });
});

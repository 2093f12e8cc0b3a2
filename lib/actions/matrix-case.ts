import type { PrismaClient } from "@/lib/db";

/** What a matrix case gets to build its input from: workspace A, where the objects live. */
export type MatrixFixture = {
  prisma: PrismaClient;
  workspaceId: string;
  /** An owner of workspace A, for objects that need a creator. */
  ownerId: string;
  /** The password every matrix user has. */
  password: string;
};

/**
 * How the authorization matrix exercises one action: `prepare` makes a
 * valid input against workspace A (fresh objects per call: actions may
 * delete them), and `targetsObject` says whether that input names an
 * existing object of A, in which case a member of another workspace must
 * get NOT_FOUND; otherwise the action acts on the caller's own workspace
 * or account and is allowed for them.
 */
export type MatrixCase = {
  prepare: (fixture: MatrixFixture) => Promise<unknown>;
  /**
   * "personal": the input names an object only its own user may act on (the fixture owner's API
   * token), so every other caller, in workspace A too, must get NOT_FOUND.
   */
  targetsObject: boolean | "personal";
};

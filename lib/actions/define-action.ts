import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";

/** What an action's body receives: the signed-in user (in their active workspace) and validated input. */
export type ActionContext<Input> = { user: SessionUser; input: Input };

/**
 * One operation a user can ask for: the server actions and route handlers
 * call it through `executeAction`, which authenticates, validates and checks
 * the role before `run`. `run` itself scopes every query to
 * `user.workspace.id`, so another workspace's object is simply not found.
 */
export type ActionDefinition<Input = unknown, Output = unknown> = {
  /** Unique, `<area>.<verb>`, e.g. `articles.import`; the authorization matrix test lists them. */
  name: string;
  permission: Permission;
  input: z.ZodType<Input>;
  run: (context: ActionContext<Input>) => Promise<Output>;
};

/** Declares an action with its types inferred. */
export function defineAction<Input, Output>(
  definition: ActionDefinition<Input, Output>,
): ActionDefinition<Input, Output> {
  return definition;
}

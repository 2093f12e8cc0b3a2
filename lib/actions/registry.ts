import type { ActionDefinition } from "./define-action";

/**
 * Every action a user can invoke, through a server action or a route
 * handler. The authorization matrix test (registry.int.test.ts) runs each
 * one for every role: an action missing here is an action nobody checked,
 * so server actions and route handlers only ever call actions listed here.
 */
export const ACTIONS: readonly ActionDefinition<never, unknown>[] = [];

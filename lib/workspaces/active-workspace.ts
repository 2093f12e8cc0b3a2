/**
 * The cookie naming the workspace a user is working in. It is a preference,
 * not a credential: every request checks it against the user's memberships.
 */
export const ACTIVE_WORKSPACE_COOKIE = "factdesk-workspace";

/** Request header through which proxy.ts tells server components the requested path. */
export const PATH_HEADER = "x-factdesk-path";

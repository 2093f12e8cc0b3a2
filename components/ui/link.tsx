"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

type LinkProps = ComponentProps<typeof NextLink>;

/**
 * The app's link: Next's, prefetching only when the editor reaches for it (pointer over it, or
 * keyboard focus on it), never because it scrolled into view. Every page here is rendered per
 * request for the signed-in editor, so each prefetch is a full server render: with Next's default
 * one view of the article list fired about ten of them (the navigation and every visible article),
 * sent again after each change, and in one browser journey of 27 page loads 111 prefetches made
 * most of the server's work, slowing the pages editors did open on a busy machine.
 * `prefetch` still passes through (true for a next step that is near certain, false for none).
 */
export function Link({ prefetch, onMouseEnter, onFocus, href, ...props }: LinkProps) {
  const router = useRouter();
  const isDefault = prefetch === undefined || prefetch === null || prefetch === "auto";
  const path = typeof href === "string" && href.startsWith("/") && !href.startsWith("//") ? href : null;
  const prefetchOnIntent = isDefault && path !== null;
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={isDefault ? false : prefetch}
      onMouseEnter={(event) => {
        if (prefetchOnIntent) router.prefetch(path);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        if (prefetchOnIntent) router.prefetch(path);
        onFocus?.(event);
      }}
    />
  );
}

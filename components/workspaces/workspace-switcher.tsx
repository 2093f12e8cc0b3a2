"use client";

import { useRef } from "react";
import type { MyWorkspace } from "@/lib/workspaces/find-my-workspaces";

type WorkspaceSwitcherProps = {
  workspaces: MyWorkspace[];
  activeId: string;
  action: (formData: FormData) => Promise<void>;
};

/** The active workspace, always visible; a member of several picks another here. */
export function WorkspaceSwitcher({ workspaces, activeId, action }: WorkspaceSwitcherProps) {
  const form = useRef<HTMLFormElement>(null);
  const active = workspaces.find((workspace) => workspace.id === activeId);
  if (workspaces.length < 2) {
    return (
      <span className="truncate text-muted-foreground text-sm" data-testid="active-workspace">
        Newsroom: {active?.name}
      </span>
    );
  }
  return (
    <form
      ref={form}
      action={action}
      className="flex items-center gap-2 text-sm"
      data-testid="active-workspace"
    >
      <label htmlFor="workspace-switcher" className="text-muted-foreground">
        Newsroom:
      </label>
      <select
        id="workspace-switcher"
        name="workspaceId"
        defaultValue={activeId}
        onChange={() => form.current?.requestSubmit()}
        className="h-8 max-w-56 truncate rounded-md border border-input bg-background px-2"
      >
        {workspaces.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit">Switch</button>
      </noscript>
    </form>
  );
}

/** Every claim id at a spot of the article: the highlight under it and the ones it is nested in. */
export function claimIdsAt(target: EventTarget | null): string[] {
  const ids: string[] = [];
  for (
    let node = (target as HTMLElement | null)?.closest?.("[data-claim-id]");
    node;
    node = node.parentElement?.closest("[data-claim-id]")
  ) {
    const id = node.getAttribute("data-claim-id");
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Scrolls the claim's first highlight into view and flashes it, so the eye finds it. */
export function revealHighlight(container: HTMLElement | null, claimId: string): void {
  const element = container?.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(claimId)}"]`);
  if (!element) return;
  element.scrollIntoView({ block: "center", behavior: "smooth" });
  element.classList.remove("is-flashing");
  void element.offsetWidth; // restart the animation
  element.classList.add("is-flashing");
}

/** Scrolls the claim's entry in the panel into view. */
export function revealPanelItem(claimId: string): void {
  document.getElementById(`claim-${claimId}`)?.scrollIntoView({ block: "nearest" });
}

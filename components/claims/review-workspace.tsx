"use client";

import type { Editor } from "@tiptap/react";
import { useRouter } from "next/navigation";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type Highlight, showHighlights } from "@/components/editor/claim-highlights";
import { ReviewReader, type TextSelection } from "@/components/editor/review-reader";
import type { TextMap } from "@/components/editor/text-map";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { ArticleDocument } from "@/lib/articles/document";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { Verdict } from "@/lib/generated/prisma/enums";
import type { MemberOption } from "@/lib/members/find-member-options";
import { AddClaimForm, type ClaimDraft } from "./add-claim-form";
import { ClaimCard } from "./claim-card";
import { filterClaims, NO_FILTERS } from "./claim-filters";
import { ClaimPanel } from "./claim-panel";
import { ClaimDetailPanel, type PartRequest } from "./detail/claim-detail-panel";
import { claimIdsAt, revealHighlight, revealPanelItem } from "./highlight-dom";
import { KIND_LABELS, VERDICT_KEYS, VERDICT_LABELS, verdictClass } from "./labels";
import { OrphanedClaims } from "./orphaned-claims";
import { SelectionControl } from "./selection-control";
import { ShortcutsHelp } from "./shortcuts-help";
import { sortClaims } from "./sorted-claims";
import { SuggestionPanel } from "./suggestions/suggestion-panel";
import {
  isSuggestionHighlight,
  SUGGESTION_PREFIX,
  useSuggestionReview,
} from "./suggestions/use-suggestion-review";
import { useArticleActivity } from "./use-article-activity";
import { useClaimCommands } from "./use-claim-commands";
import { useReviewShortcuts } from "./use-review-shortcuts";

export type ReviewWorkspaceProps = {
  articleId: string;
  versionId: string;
  document: ArticleDocument;
  claims: ClaimView[];
  orphaned: ClaimView[];
  canEdit: boolean;
  userId: string;
  /** Above the article text (title, dates, status). */
  header?: ReactNode;
  /** Below the article text (version history). */
  footer?: ReactNode;
  /** The workspace's members, for assignment and @mentions. */
  members: MemberOption[];
  /** The article's change stamp when the page was rendered (lib/claims/activity.ts). */
  initialStamp: string;
  /** A claim to open at once (links from the queue and notifications carry ?claim=). */
  initialClaimId?: string;
};

type Composer = { selection: TextSelection; draft: ClaimDraft; error: string | null; isSaving: boolean };

/** The screen editors live in: the article with its claims drawn over it, and the claims beside it. */
export function ReviewWorkspace(props: ReviewWorkspaceProps) {
  const [claims, setClaims] = useState(props.claims);
  const [orphaned, setOrphaned] = useState(props.orphaned);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [filters, setFilters] = useState(NO_FILTERS);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [composer, setComposer] = useState<Composer | null>(null);
  const [card, setCard] = useState<{ ids: string[]; top: number; left: number } | null>(null);
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [view, setView] = useState<{ editor: Editor; map: TextMap } | null>(null);
  const [request, setRequest] = useState<PartRequest | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const [tab, setTab] = useState<"claims" | "suggestions">("claims");
  const router = useRouter();
  const reader = useRef<HTMLDivElement>(null);
  const commands = useClaimCommands({ ...props, setClaims, setOrphaned });
  const onReaderReady = useCallback((editor: Editor, map: TextMap) => setView({ editor, map }), []);
  const onClaimChanged = useCallback(
    (changed: ClaimView) =>
      setClaims((all) => all.map((claim) => (claim.id === changed.id ? changed : claim))),
    [],
  );

  // Someone changed the article: show their claims, re-read the open claim, refresh the header.
  useArticleActivity({
    articleId: props.articleId,
    initialStamp: props.initialStamp,
    onChange: (latest) => {
      setClaims((current) => sortClaims([...latest.anchored, ...current.filter(isPending)]));
      setOrphaned(latest.orphaned);
      setRefreshKey((key) => key + 1);
      router.refresh();
    },
  });

  const addClaims = useCallback(
    (added: ClaimView[]) =>
      setClaims((current) =>
        sortClaims([...current.filter((claim) => !added.some((each) => each.id === claim.id)), ...added]),
      ),
    [],
  );
  const suggestions = useSuggestionReview({
    articleId: props.articleId,
    isOpen: tab === "suggestions",
    canEdit: props.canEdit,
    reader,
    onClaims: addClaims,
    onMessage: setMessage,
  });

  const visible = useMemo(() => filterClaims(claims, filters, props.userId), [claims, filters, props.userId]);
  const highlighted =
    tab === "suggestions" ? suggestions.activeId && `${SUGGESTION_PREFIX}${suggestions.activeId}` : activeId;
  useEffect(() => {
    if (view) {
      const drawn = [...visible.map(toHighlight), ...suggestions.highlights];
      showHighlights(view.editor, view.map, drawn, highlighted || null);
    }
  }, [view, visible, suggestions.highlights, highlighted]);

  const focusClaim = useCallback((id: string) => {
    setActiveId(id);
    revealHighlight(reader.current, id);
    revealPanelItem(id);
  }, []);

  const openComposer = useCallback(() => {
    if (!props.canEdit) return setMessage("Viewers can read claims but not add them.");
    if (!selection) return setMessage("Select the words of the claim in the article first.");
    setComposer({ selection, draft: { kind: "OTHER", note: "" }, error: null, isSaving: false });
  }, [props.canEdit, selection]);

  const saveComposer = async () => {
    if (!composer) return;
    setComposer({ ...composer, isSaving: true, error: null });
    const result = await commands.create(composer.selection, composer.draft);
    // The note may have been typed on while saving: keep the latest text, not the one submitted.
    if ("error" in result)
      return setComposer((latest) => latest && { ...latest, isSaving: false, error: result.error });
    setComposer(null);
    window.getSelection()?.removeAllRanges();
    focusClaim(result.claim.id);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: opens the linked claim once, when the page arrives.
  useEffect(() => {
    if (props.initialClaimId && claims.some((claim) => claim.id === props.initialClaimId)) {
      focusClaim(props.initialClaimId);
    }
  }, [view]);

  /** A shortcut for the open claim's detail panel (1–7, s, c, a). */
  const requestPart = (part: PartRequest["part"], verdict: Verdict | null = null) => {
    if (!activeId) return setMessage("Open a claim first: click it, or press j.");
    if (!props.canEdit) return setMessage("Viewers can read claims but not change them.");
    setRequest((previous) => ({ part, verdict, count: (previous?.count ?? 0) + 1 }));
  };

  const step = (direction: 1 | -1) => {
    if (visible.length === 0) return;
    const index = visible.findIndex((claim) => claim.id === activeId);
    const next =
      index === -1
        ? direction === 1
          ? 0
          : visible.length - 1
        : (index + direction + visible.length) % visible.length;
    focusClaim((visible[next] as ClaimView).id);
  };

  /** A highlight was clicked or opened: a suggestion's opens the suggestions tab, a claim's the claim. */
  const openHighlight = (id: string) => {
    if (!isSuggestionHighlight(id)) return focusClaim(id);
    setTab("suggestions");
    suggestions.focus(id.slice(SUGGESTION_PREFIX.length));
  };

  useReviewShortcuts({
    onNewClaim: openComposer,
    onNext: () => (tab === "suggestions" ? suggestions.step(1) : step(1)),
    onPrevious: () => (tab === "suggestions" ? suggestions.step(-1) : step(-1)),
    onToggleTab: () => setTab((current) => (current === "claims" ? "suggestions" : "claims")),
    onAcceptSuggestion: () => tab === "suggestions" && suggestions.acceptActive(),
    onDismissSuggestion: () => tab === "suggestions" && suggestions.dismissActive(),
    onOpen: () => activeId && props.canEdit && setEditingId(activeId),
    onEscape: () => {
      setComposer(null);
      setEditingId(null);
      setCard(null);
    },
    onToggleHelp: () => setIsHelpOpen((open) => !open),
    onVerdict: (index) => requestPart("verdict", VERDICT_KEYS[index] ?? null),
    onAddSource: () => requestPart("evidence"),
    onComment: () => requestPart("discussion"),
    onAssign: () => requestPart("assign"),
  });

  const showCard = (target: EventTarget | null) => {
    const ids = claimIdsAt(target).filter((id) => !isSuggestionHighlight(id));
    const element = (target as HTMLElement | null)?.closest?.("[data-claim-id]");
    if (ids.length === 0 || !element) return setCard(null);
    const rect = element.getBoundingClientRect();
    setCard({ ids, top: rect.bottom + 6, left: Math.min(rect.left, window.innerWidth - 340) });
  };

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <article className="flex min-w-0 flex-col gap-6">
        {props.header}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: delegates to the highlights, which are buttons. */}
        <div
          ref={reader}
          onClick={(event) => {
            const [id] = claimIdsAt(event.target);
            if (id) openHighlight(id);
          }}
          onKeyDown={(event) => {
            const [id] = claimIdsAt(event.target);
            if (id && event.key === "Enter") {
              openHighlight(id);
              showCard(event.target);
            }
          }}
          onMouseOver={(event) => showCard(event.target)}
          onMouseOut={() => setCard(null)}
          onFocus={(event) => showCard(event.target)}
          onBlur={() => setCard(null)}
          className="relative"
        >
          <ReviewReader document={props.document} onReady={onReaderReady} onSelectionChange={setSelection} />
          {selection && props.canEdit && !composer ? (
            <SelectionControl container={reader.current} onAdd={openComposer} />
          ) : null}
        </div>
        {props.footer}
      </article>
      <aside
        aria-label="Claims"
        className="flex flex-col gap-4 lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto"
      >
        <Tabs
          value={tab}
          onValueChange={(value) => setTab(value as typeof tab)}
          className="flex flex-col gap-4"
        >
          <div className="flex items-center justify-between gap-2">
            <TabsList aria-label="Claims and suggestions">
              <TabsTrigger value="claims">Claims</TabsTrigger>
              <TabsTrigger value="suggestions" aria-keyshortcuts="t">
                Suggestions{suggestions.list ? ` (${suggestions.list.suggestions.length})` : ""}
              </TabsTrigger>
            </TabsList>
            <Button size="sm" variant="ghost" onClick={() => setIsHelpOpen(true)} aria-keyshortcuts="?">
              Shortcuts
            </Button>
          </div>
          {message ? (
            <Alert variant="destructive" onClick={() => setMessage(null)}>
              {message}
            </Alert>
          ) : null}
          <TabsContent value="suggestions">
            <SuggestionPanel
              list={suggestions.list}
              loadError={suggestions.loadError}
              visible={suggestions.visible}
              kind={suggestions.kind}
              onKindChange={suggestions.setKind}
              activeId={suggestions.activeId}
              canEdit={props.canEdit}
              onSelect={suggestions.focus}
              onAccept={suggestions.accept}
              onDismiss={suggestions.dismiss}
              onAcceptAll={suggestions.acceptAll}
            />
          </TabsContent>
          <TabsContent value="claims" className="flex flex-col gap-4">
            {composer ? (
              <AddClaimForm
                exact={composer.selection.exact}
                draft={composer.draft}
                onChange={(draft) => setComposer({ ...composer, draft })}
                onSubmit={saveComposer}
                onCancel={() => setComposer(null)}
                isSaving={composer.isSaving}
                error={composer.error}
              />
            ) : props.canEdit ? (
              <Button
                onClick={openComposer}
                disabled={!selection}
                aria-keyshortcuts="n"
                variant={selection ? "default" : "outline"}
              >
                {selection ? "Add claim on selection" : "Select text to add a claim"}
              </Button>
            ) : null}
            <OrphanedClaims
              claims={orphaned}
              canEdit={props.canEdit}
              hasSelection={selection !== null}
              error={null}
              onReattach={async (claim) => selection && setMessage(await commands.reattach(claim, selection))}
              onRetire={async (claim) => {
                if (window.confirm("Retire this claim? It stays in the history but is no longer reviewed.")) {
                  setMessage(await commands.retire(claim));
                }
              }}
            />
            <ClaimPanel
              claims={visible}
              total={claims.length}
              filters={filters}
              onFiltersChange={setFilters}
              activeId={activeId}
              editingId={editingId}
              canEdit={props.canEdit}
              onSelect={focusClaim}
              onEdit={setEditingId}
              onSave={async (claim, changes) => {
                const error = await commands.update(claim, changes);
                if (!error) setEditingId(null);
                return error;
              }}
              onDelete={async (claim) => {
                if (window.confirm(`Delete the claim on “${claim.exact}”?`))
                  setMessage(await commands.remove(claim));
              }}
              detail={
                activeId && !isPending({ id: activeId }) ? (
                  <ClaimDetailPanel
                    claimId={activeId}
                    canEdit={props.canEdit}
                    userId={props.userId}
                    members={props.members}
                    request={request}
                    refreshKey={refreshKey}
                    onClaimChanged={onClaimChanged}
                  />
                ) : null
              }
            />
          </TabsContent>
        </Tabs>
      </aside>
      {card ? (
        <ClaimCard claims={claims.filter((claim) => card.ids.includes(claim.id))} position={card} />
      ) : null}
      {isHelpOpen ? <ShortcutsHelp onClose={() => setIsHelpOpen(false)} /> : null}
    </div>
  );
}

/** A claim shown while the server is still storing it. */
function isPending(claim: Pick<ClaimView, "id">): boolean {
  return claim.id.startsWith("pending-");
}

function toHighlight(claim: ClaimView): Highlight {
  return {
    id: claim.id,
    start: claim.start,
    end: claim.end,
    variant: isPending(claim) ? `${verdictClass(claim.verdict)} pending` : verdictClass(claim.verdict),
    label: `Claim: ${KIND_LABELS[claim.kind]}, ${VERDICT_LABELS[claim.verdict]}: “${claim.exact}”`,
  };
}

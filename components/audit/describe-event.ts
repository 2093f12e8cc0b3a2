import {
  asObject,
  dateOf,
  type JsonObject,
  kindLabel,
  numberOf,
  personOf,
  quoted,
  roleLabel,
  shorten,
  sourceTypeLabel,
  stanceWord,
  statusLabel,
  textOf,
  verdictLabel,
} from "./event-values";

/** One field an event changed, shown as "label: from → to". */
export type EventChange = { label: string; from?: string; to?: string };

/** An audit event in words, for the timelines. Every string is plain text (rendered as text, never HTML). */
export type EventDescription = {
  /** Follows the actor's name: "set the verdict to “False”". */
  summary: string;
  changes: EventChange[];
  /** Longer text the event carries (a rationale, an excerpt, a reason), each shown below the sentence. */
  details: { label: string; text: string }[];
  /** The claim's quoted words, when the event carries them (the article timeline names the claim by them). */
  quote?: string;
};

export type DescribableEvent = { action: string; entityType: string; before: unknown; after: unknown };

type Parts = Partial<EventDescription> & { summary: string };
type Describer = (before: JsonObject, after: JsonObject) => Parts;

const withTitle = (text: string, title: string | undefined) => (title ? `${text} ${quoted(title)}` : text);

function change(label: string, from: string | undefined, to: string | undefined): EventChange[] {
  return from === to || (from === undefined && to === undefined) ? [] : [{ label, from, to }];
}

function detail(label: string, text: string | undefined) {
  return text ? [{ label, text }] : [];
}

const ASSIGNEE_KEYS = ["toName", "assigneeName", "to", "assignee", "assigneeId"];

function assignment(what: string): Describer {
  return (before, after) => {
    const to = personOf(after, ...ASSIGNEE_KEYS);
    const from = personOf(before, ...ASSIGNEE_KEYS) ?? personOf(after, "fromName", "from");
    const due = dateOf(after, "dueAt");
    const isCleared = ASSIGNEE_KEYS.some((key) => key in after && after[key] === null);
    const summary = to
      ? `assigned ${what} to ${to}`
      : isCleared
        ? `unassigned ${what}`
        : `changed who reviews ${what}`;
    return {
      summary: due ? `${summary}, due ${due}` : summary,
      changes: [...change("Assignee", from, to), ...change("Due", dateOf(before, "dueAt"), due)],
    };
  };
}

function evidence(verb: "attached" | "removed"): Describer {
  return (before, after) => {
    const data = { ...before, ...after };
    const title = textOf(data, "sourceTitle", "title");
    const source = title ? quoted(title) : "a source";
    const stance = stanceWord(data.stance);
    return {
      summary:
        verb === "attached"
          ? `attached ${source} as ${stance ?? "evidence"}`
          : `removed ${stance ?? "evidence"} ${source}`,
      details: detail("Excerpt", textOf(data, "excerpt")),
    };
  };
}

function source(verb: string): Describer {
  return (before, after) => {
    const changes = [
      ...change("Title", textOf(before, "title"), textOf(after, "title")),
      ...change("Publisher", textOf(before, "publisher"), textOf(after, "publisher")),
      ...change("Type", sourceTypeLabel(before.type), sourceTypeLabel(after.type)),
      ...change("Reliability", numberText(before.reliability), numberText(after.reliability)),
      ...change("Address", textOf(before, "url"), textOf(after, "url")),
      ...change("Notes", textOf(before, "notes"), textOf(after, "notes")),
    ];
    const title = textOf(after, "title") ?? textOf(before, "title");
    return { summary: withTitle(`${verb} the source`, title), changes: verb === "edited" ? changes : [] };
  };
}

const numberText = (value: unknown) => (typeof value === "number" ? String(value) : undefined);

const DESCRIBERS: Record<string, Describer> = {
  "article.created": (_, after) => ({ summary: withTitle("imported the article", textOf(after, "title")) }),
  "article.version_added": (before, after) => {
    const number = numberOf(after, "number");
    const claims = asObject(after.claims);
    const anchored = numberOf(claims, "anchored");
    const orphaned = numberOf(claims, "orphaned");
    const found = anchored === undefined ? "" : `; ${anchored} claims found again, ${orphaned ?? 0} orphaned`;
    return {
      summary: `${number ? `added version ${number}` : "added a version"}${found}`,
      changes: change("Title", textOf(before, "title"), textOf(after, "title")).filter((c) => c.from),
    };
  },
  "article.status_changed": (before, after) => {
    const from = statusLabel(after.from ?? before.status ?? before.from);
    const to = statusLabel(after.to ?? after.status);
    return {
      summary: to ? `moved the article to ${quoted(to)}` : "changed the article's review state",
      changes: change("Review state", from, to),
      details: detail("Reason", textOf(after, "reason")),
    };
  },
  "article.assigned": assignment("the article"),
  "article.signed_off": (_, after) => {
    const override = textOf(after, "override", "overrideReason", "signOffOverride");
    const version = numberOf(after, "versionNumber");
    const what = version ? `version ${version} of the article` : "the article";
    return {
      summary: override ? `approved ${what} with an owner's override` : `signed off ${what}`,
      details: [...detail("Override reason", override), ...detail("Verdicts set by", settersOf(after))],
    };
  },
  "article.share_link_created": (_, after) => {
    const expires = dateOf(after, "expiresAt");
    return { summary: `created a share link to the report${expires ? `, expiring ${expires}` : ""}` };
  },
  "article.share_link_revoked": () => ({ summary: "revoked a share link to the report" }),
  "article.annotations_imported": (_, after) => {
    const created = numberOf(after, "created");
    return {
      summary: `imported W3C annotations${created === undefined ? "" : `: ${created} ${created === 1 ? "claim" : "claims"}`}`,
    };
  },
  "api_token.created": (_, after) => ({ summary: withTitle("created the API token", textOf(after, "name")) }),
  "api_token.revoked": (before, after) => ({
    summary: withTitle("revoked the API token", textOf(after, "name") ?? textOf(before, "name")),
  }),
  "suggestion.dismissed": (before, after) => ({
    summary: withTitle(
      "dismissed the suggestion",
      textOf(after, "exact", "text") ?? textOf(before, "exact", "text"),
    ),
  }),
  "claim.created": (_, after) => ({ summary: withKind("added the claim", after.kind) }),
  "claim.updated": (before, after) => ({
    summary: "edited the claim",
    changes: [
      ...change("Kind", kindLabel(before.kind), kindLabel(after.kind)),
      ...change("Note", textOf(before, "note"), textOf(after, "note")),
    ],
  }),
  "claim.deleted": () => ({ summary: "deleted the claim" }),
  "claim.reattached": (before, after) => ({
    summary: "re-attached the orphaned claim",
    changes: change("Words", textOf(before, "exact"), textOf(after, "exact")),
  }),
  "claim.retired": () => ({ summary: "retired the orphaned claim" }),
  "claim.verdict_set": (before, after) => {
    const to = verdictLabel(after.verdict);
    const asOf = dateOf(after, "asOf");
    return {
      summary: `${to ? `set the verdict to ${quoted(to)}` : "set the verdict"}${asOf ? `, as of ${asOf}` : ""}`,
      changes: change("Verdict", verdictLabel(before.verdict), to).filter((c) => c.from),
      details: [
        ...detail("Rationale", textOf(after, "rationale")),
        ...detail("Tried", textOf(after, "attempts")),
      ],
    };
  },
  "claim.verdict_reopened": (before, after) => {
    const was = verdictLabel(before.verdict);
    return {
      summary: `reopened the claim for review${was ? ` (was ${quoted(was)})` : ""}`,
      changes: change("Words", textOf(before, "exact"), textOf(after, "exact")).filter((c) => c.from && c.to),
      details: detail("Reason", textOf(after, "reason")),
    };
  },
  "claim.evidence_added": evidence("attached"),
  "claim.evidence_removed": evidence("removed"),
  "claim.commented": (_, after) => ({
    summary: "commented",
    details: detail("Comment", textOf(after, "body")),
  }),
  "claim.comment_deleted": () => ({ summary: "deleted a comment" }),
  "claim.assigned": assignment("the claim"),
  "source.created": source("added"),
  "source.updated": source("edited"),
  "source.snapshot_captured": (before, after) => {
    const sha = textOf(after, "sha256");
    return {
      summary: withTitle(
        "captured a snapshot of the source",
        textOf(after, "title") ?? textOf(before, "title"),
      ),
      details: [...detail("Address", textOf(after, "url")), ...detail("SHA-256", sha)],
    };
  },
  "source.deleted": source("deleted"),
  "member.joined": (_, after) => ({ summary: withRole("joined the workspace", after.role) }),
  "member.role_changed": (before, after) => ({
    summary: "changed a member's role",
    changes: change("Role", roleLabel(before.role), roleLabel(after.role)),
  }),
  "member.removed": (before) => ({ summary: withRole("removed a member", before.role, "who was") }),
  "invite.created": (_, after) => ({
    summary: withRole(`invited ${textOf(after, "email") ?? "someone"}`, after.role),
  }),
  "invite.revoked": (before) => ({
    summary: `revoked the invitation of ${textOf(before, "email") ?? "someone"}`,
  }),
  "workspace.created": (_, after) => ({ summary: withTitle("created the workspace", textOf(after, "name")) }),
};

/** "Ann (3 claims), Bo (1 claim)" from `verdictsSetBy: [{ name, claims }]`. */
function settersOf(after: JsonObject): string | undefined {
  if (!Array.isArray(after.verdictsSetBy)) return undefined;
  const names = after.verdictsSetBy.slice(0, 10).flatMap((setter) => {
    const name = personOf(asObject(setter), "name");
    const claims = numberOf(asObject(setter), "claims");
    if (!name) return [];
    return [claims === undefined ? name : `${name} (${claims} ${claims === 1 ? "claim" : "claims"})`];
  });
  return names.length > 0 ? names.join(", ") : undefined;
}

function withKind(text: string, kind: unknown): string {
  const label = kindLabel(kind);
  return label ? `${text} (${label.toLowerCase()})` : text;
}

function withRole(text: string, role: unknown, joiner = "as"): string {
  const label = roleLabel(role);
  return label ? `${text} ${joiner} ${label.toLowerCase()}` : text;
}

/** "claim.frobnicated" → recorded “frobnicated” on the claim: an action this code does not know yet. */
function describeUnknown(action: string, entityType: string): Parts {
  const verb = action.includes(".") ? action.slice(action.indexOf(".") + 1) : action;
  const entity = entityType.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase() || "item";
  return {
    summary: `recorded ${quoted(shorten(verb.replaceAll("_", " "), 60))} on the ${shorten(entity, 40)}`,
  };
}

/** An audit event as a sentence, its changes and its texts, robust to any shape of before/after. */
export function describeEvent(event: DescribableEvent): EventDescription {
  const before = asObject(event.before);
  const after = asObject(event.after);
  const describer = Object.hasOwn(DESCRIBERS, event.action) ? DESCRIBERS[event.action] : undefined;
  const parts = describer ? describer(before, after) : describeUnknown(event.action, event.entityType);
  const isClaim = event.action.startsWith("claim.") || event.entityType === "Claim";
  const quote = isClaim
    ? (textOf(after, "exact", "quote", "quoteExact") ?? textOf(before, "exact", "quote", "quoteExact"))
    : undefined;
  return {
    summary: parts.summary,
    changes: parts.changes ?? [],
    details: parts.details ?? [],
    ...(quote ? { quote: shorten(quote, 160) } : {}),
  };
}

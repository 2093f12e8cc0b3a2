// Pure text helpers for @mentions, shared by the server (checking a comment) and the composer and
// comment list in the browser (autocomplete and highlighting). Comment bodies are plain text: these
// only find "@Name" runs, they never produce markup.

/** How a mention of `name` is written in a comment. */
export function mentionToken(name: string): string {
  return `@${name}`;
}

/** A run of a comment's text, either plain or a mention of a member (by id). */
export type CommentSegment = { text: string; mentionUserId: string | null };

/**
 * Splits a comment into plain runs and "@Name" runs for the members it
 * mentions. Longer names are tried first, so "@Ann Lee" wins over "@Ann".
 */
export function splitMentions(body: string, mentions: readonly { userId: string; name: string }[]) {
  const tokens = mentions
    .filter((mention) => mention.name.length > 0)
    .map((mention) => ({ token: mentionToken(mention.name), userId: mention.userId }))
    .sort((a, b) => b.token.length - a.token.length);
  const segments: CommentSegment[] = [];
  let plain = "";
  let index = 0;
  while (index < body.length) {
    const found = body[index] === "@" ? tokens.find(({ token }) => body.startsWith(token, index)) : undefined;
    if (found) {
      if (plain) segments.push({ text: plain, mentionUserId: null });
      segments.push({ text: found.token, mentionUserId: found.userId });
      plain = "";
      index += found.token.length;
    } else {
      plain += body[index];
      index += 1;
    }
  }
  if (plain) segments.push({ text: plain, mentionUserId: null });
  return segments;
}

/** The "@…" being typed just before the caret: where its "@" is and the letters after it. */
export type MentionQuery = { start: number; query: string };

/**
 * The mention being typed at `caret`, if any: an "@" at the start or after
 * white space, followed by at most 40 characters on the same line (names
 * have spaces, so a space does not end the query; the list closes when
 * nothing matches).
 */
export function findMentionQuery(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const match = /(?:^|\s)@([^\n@]{0,40})$/.exec(before);
  if (!match) return null;
  const query = match[1] ?? "";
  return { start: caret - query.length - 1, query };
}

/** Members whose name (any word of it) or email starts with the query, case-insensitively. */
export function matchMembers<Member extends { name: string; email: string }>(
  members: readonly Member[],
  query: string,
  limit = 8,
): Member[] {
  const wanted = query.toLocaleLowerCase();
  return members
    .filter((member) => {
      const name = member.name.toLocaleLowerCase();
      return (
        name.startsWith(wanted) ||
        name.split(/\s+/).some((word) => word.startsWith(wanted)) ||
        member.email.toLocaleLowerCase().startsWith(wanted)
      );
    })
    .slice(0, limit);
}

/** The ids among `picked` whose "@Name" is still in the text (an editor may delete a mention they picked). */
export function mentionsStillInText(text: string, picked: readonly { id: string; name: string }[]): string[] {
  return [...new Set(picked.filter((member) => text.includes(mentionToken(member.name))).map((m) => m.id))];
}

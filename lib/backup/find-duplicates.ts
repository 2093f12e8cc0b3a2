import type { Backup } from "./format";

/**
 * Everything a backup lists more than once that the database holds at most once: the id of each
 * kind of row, a user's email, and the schema's other unique combinations (a version number per
 * article, one anchor per claim and version, one mention per comment and user …). Each entry is
 * a phrase such as "article a1 twice", for "The backup lists …". Checked before anything is
 * written, so a hand-edited or merged file is refused in words, not by the database mid-restore.
 */
export function findDuplicates(backup: Backup): string[] {
  const found: string[] = [];
  const check = (what: (key: string) => string, keys: string[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const [key, count] of counts) if (count > 1) found.push(`${what(key)} ${times(count)}`);
  };
  const articles = backup.articles;
  const versions = articles.flatMap((article) =>
    article.versions.map((version) => ({ ...version, articleId: article.id })),
  );
  const claims = articles.flatMap((article) => article.claims);
  const comments = claims.flatMap((claim) => claim.comments.map((comment) => comment));
  const memberships = backup.users.flatMap((user) => (user.membership ? [user.membership] : []));

  check(
    (id) => `user ${id}`,
    backup.users.map((user) => user.id),
  );
  check(
    (email) => `the email ${email}`,
    backup.users.map((user) => user.email),
  );
  check(
    (id) => `membership ${id}`,
    memberships.map((membership) => membership.id),
  );
  check(
    (id) => `source ${id}`,
    backup.sources.map((source) => source.id),
  );
  check(
    (id) => `source snapshot ${id}`,
    backup.sources.flatMap((source) => source.snapshots.map((snapshot) => snapshot.id)),
  );
  check(
    (id) => `article ${id}`,
    articles.map((article) => article.id),
  );
  check(
    (id) => `version ${id}`,
    versions.map((version) => version.id),
  );
  check(
    (key) => `version number ${key.split("\n")[1]} of article ${key.split("\n")[0]}`,
    versions.map((version) => `${version.articleId}\n${version.number}`),
  );
  const suggestions = versions.flatMap((version) =>
    version.suggestions.map((suggestion) => ({ ...suggestion, versionId: version.id })),
  );
  check(
    (id) => `suggestion ${id}`,
    suggestions.map((suggestion) => suggestion.id),
  );
  check(
    (key) => {
      const [versionId, kind, start, end] = key.split("\n");
      return `a ${kind} suggestion at ${start}–${end} of version ${versionId}`;
    },
    suggestions.map((s) => `${s.versionId}\n${s.kind}\n${s.start}\n${s.end}`),
  );
  check(
    (id) => `claim ${id}`,
    claims.map((claim) => claim.id),
  );
  const anchors = claims.flatMap((claim) =>
    claim.anchors.map((anchor) => ({ ...anchor, claimId: claim.id })),
  );
  check(
    (id) => `claim anchor ${id}`,
    anchors.map((anchor) => anchor.id),
  );
  check(
    (key) => `an anchor of claim ${key.split("\n")[0]} in version ${key.split("\n")[1]}`,
    anchors.map((anchor) => `${anchor.claimId}\n${anchor.versionId}`),
  );
  check(
    (id) => `verdict decision ${id}`,
    claims.flatMap((claim) => claim.decisions.map((decision) => decision.id)),
  );
  const evidence = claims.flatMap((claim) => claim.evidence.map((each) => ({ ...each, claimId: claim.id })));
  check(
    (id) => `evidence ${id}`,
    evidence.map((each) => each.id),
  );
  check(
    (key) => {
      const [claimId, sourceId, stance] = key.split("\n");
      return `source ${sourceId} as ${stance} evidence of claim ${claimId}`;
    },
    evidence.map((each) => `${each.claimId}\n${each.sourceId}\n${each.stance}`),
  );
  check(
    (id) => `comment ${id}`,
    comments.map((comment) => comment.id),
  );
  const mentions = comments.flatMap((comment) =>
    comment.mentions.map((mention) => ({ ...mention, commentId: comment.id })),
  );
  check(
    (id) => `mention ${id}`,
    mentions.map((mention) => mention.id),
  );
  check(
    (key) => `a mention of user ${key.split("\n")[1]} in comment ${key.split("\n")[0]}`,
    mentions.map((mention) => `${mention.commentId}\n${mention.userId}`),
  );
  return found;
}

function times(count: number): string {
  return count === 2 ? "twice" : `${count} times`;
}

import { describe, expect, it } from "vitest";
import { findMentionQuery, matchMembers, mentionsStillInText, splitMentions } from "./mention-text";

const ANN = { userId: "ann", name: "Ann" };
const ANN_LEE = { userId: "ann-lee", name: "Ann Lee" };

describe("splitMentions", () => {
  it("marks the mentioned members' @Name runs, preferring the longer name", () => {
    expect(splitMentions("Hi @Ann Lee and @Ann, see <b>this</b>", [ANN, ANN_LEE])).toEqual([
      { text: "Hi ", mentionUserId: null },
      { text: "@Ann Lee", mentionUserId: "ann-lee" },
      { text: " and ", mentionUserId: null },
      { text: "@Ann", mentionUserId: "ann" },
      { text: ", see <b>this</b>", mentionUserId: null },
    ]);
  });

  it("leaves an @ that mentions nobody as plain text", () => {
    expect(splitMentions("mail a@b.com or @Zed", [ANN])).toEqual([
      { text: "mail a@b.com or @Zed", mentionUserId: null },
    ]);
  });
});

describe("findMentionQuery", () => {
  it("finds the @ being typed at the caret, spaces included", () => {
    expect(findMentionQuery("Ask @An", 7)).toEqual({ start: 4, query: "An" });
    expect(findMentionQuery("@Ann L", 6)).toEqual({ start: 0, query: "Ann L" });
    expect(findMentionQuery("Ask @", 5)).toEqual({ start: 4, query: "" });
  });

  it("ignores an @ inside a word, on an earlier line, or after the caret", () => {
    expect(findMentionQuery("mail a@b", 8)).toBeNull();
    expect(findMentionQuery("@Ann\nthen", 9)).toBeNull();
    expect(findMentionQuery("Ask @Ann", 3)).toBeNull();
  });
});

describe("matchMembers", () => {
  const members = [
    { name: "Ann Lee", email: "ann@desk.example" },
    { name: "Bo Checker", email: "bo@desk.example" },
  ];
  it("matches the start of any word of the name, or of the email, ignoring case", () => {
    expect(matchMembers(members, "che").map((m) => m.name)).toEqual(["Bo Checker"]);
    expect(matchMembers(members, "ANN L").map((m) => m.name)).toEqual(["Ann Lee"]);
    expect(matchMembers(members, "bo@").map((m) => m.name)).toEqual(["Bo Checker"]);
    expect(matchMembers(members, "zz")).toEqual([]);
  });
});

describe("mentionsStillInText", () => {
  it("drops a picked member whose @Name was deleted from the text", () => {
    const picked = [
      { id: "ann", name: "Ann Lee" },
      { id: "bo", name: "Bo Checker" },
      { id: "ann", name: "Ann Lee" },
    ];
    expect(mentionsStillInText("@Ann Lee look", picked)).toEqual(["ann"]);
  });
});

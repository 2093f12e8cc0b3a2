-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "ArticleVersion_contentHash_idx" ON "ArticleVersion"("contentHash");

-- "searchVector" is maintained here, not by the application (written by hand: schema.prisma
-- cannot express triggers, and the migration tool's diff ignores them). It holds the title
-- (weight A) and the current version's plain text (weight B), with the 'english' configuration
-- that lib/articles/search-query.ts queries with. It is recomputed whenever the title or the
-- current version changes; versions are immutable, so nothing else can make it stale.
CREATE FUNCTION "article_search_vector"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  body text;
BEGIN
  SELECT "plainText" INTO body FROM "ArticleVersion" WHERE "id" = NEW."currentVersionId";
  BEGIN
    NEW."searchVector" :=
      setweight(to_tsvector('english', coalesce(NEW."title", '')), 'A') ||
      setweight(to_tsvector('english', coalesce(body, '')), 'B');
  EXCEPTION WHEN program_limit_exceeded THEN
    -- A text whose lexemes overflow a tsvector (1 MB) must still import: it stays findable by title.
    NEW."searchVector" := setweight(to_tsvector('english', coalesce(NEW."title", '')), 'A');
  END;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Article_search_vector" BEFORE INSERT OR UPDATE OF "title", "currentVersionId" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION "article_search_vector"();

-- Without a pending list, each import's terms go straight into the index. With one (GIN's default
-- "fastupdate"), new entries wait, unindexed, for the next VACUUM, and until then the planner prices the
-- index so high that searches scan the whole table. Imports are few; searches are many.
ALTER INDEX "Article_searchVector_idx" SET (fastupdate = off);

-- Articles imported before this migration.
UPDATE "Article" SET "title" = "title";

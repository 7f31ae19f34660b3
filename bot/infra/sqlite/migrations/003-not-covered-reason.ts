import type { Migration } from '../migration';

/**
 * A question the guideline does not cover, referred elsewhere ('not-covered'), is kept apart from the
 * ones the bot could not place at all. SQLite cannot change a CHECK constraint, so the table is rebuilt.
 */
export const notCoveredReasonMigration: Migration = {
  version: 3,
  name: 'not-covered-reason',
  sql: `
    CREATE TABLE unanswered_v3 (
      id          INTEGER PRIMARY KEY,
      text        TEXT NOT NULL,
      grouping    TEXT NOT NULL,
      lang        TEXT NOT NULL CHECK (lang IN ('sv', 'en')),
      reason      TEXT NOT NULL CHECK (reason IN ('fallback', 'none-of-these', 'not-covered')),
      -- For 'not-covered': the area the question was referred to.
      suggestions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(suggestions)),
      at          TEXT NOT NULL
    );
    INSERT INTO unanswered_v3 (id, text, grouping, lang, reason, suggestions, at)
      SELECT id, text, grouping, lang, reason, suggestions, at FROM unanswered;
    DROP TABLE unanswered;
    ALTER TABLE unanswered_v3 RENAME TO unanswered;
    CREATE INDEX unanswered_at ON unanswered (at);
  `,
};

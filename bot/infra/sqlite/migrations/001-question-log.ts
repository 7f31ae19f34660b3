import type { Migration } from '../migration';

/** Feedback votes, unanswered questions and the keys of activities already handled. */
export const questionLogMigration: Migration = {
  version: 1,
  name: 'question-log',
  sql: `
    CREATE TABLE feedback (
      id     INTEGER PRIMARY KEY,
      topic  TEXT NOT NULL,
      vote   TEXT NOT NULL CHECK (vote IN ('up', 'down')),
      lang   TEXT NOT NULL CHECK (lang IN ('sv', 'en')),
      at     TEXT NOT NULL,
      -- Same card, same user: a repeated click is ignored. NULL keys never collide.
      key    TEXT UNIQUE
    );
    CREATE INDEX feedback_at ON feedback (at);

    CREATE TABLE unanswered (
      id          INTEGER PRIMARY KEY,
      text        TEXT NOT NULL,
      -- Normalised form of text (case, spacing, accents, end punctuation), so the report can group.
      grouping    TEXT NOT NULL,
      lang        TEXT NOT NULL CHECK (lang IN ('sv', 'en')),
      reason      TEXT NOT NULL CHECK (reason IN ('fallback', 'none-of-these')),
      suggestions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(suggestions)),
      at          TEXT NOT NULL
    );
    CREATE INDEX unanswered_at ON unanswered (at);

    CREATE TABLE processed_activities (
      activity_id TEXT PRIMARY KEY,
      at          TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX processed_activities_at ON processed_activities (at);
  `,
};

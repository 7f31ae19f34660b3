import type { Migration } from '../migration';

/**
 * Report cases, their append-only audit trail, the outbox of messages to deliver, the cards
 * already posted (so a repeat updates in place), case number sequences and conversation
 * references for proactive messages.
 */
export const casesMigration: Migration = {
  version: 2,
  name: 'cases',
  sql: `
    CREATE TABLE cases (
      id             TEXT PRIMARY KEY,
      kind           TEXT NOT NULL,
      reporter_id    TEXT NOT NULL,
      state          TEXT NOT NULL CHECK (state IN ('open', 'acknowledged', 'closed')),
      version        INTEGER NOT NULL,
      -- Next escalation (ISO UTC) or NULL; the scheduler polls it, so it survives restarts.
      due_at         TEXT,
      -- The same form submitted twice gives one case.
      submission_key TEXT NOT NULL UNIQUE,
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL,
      -- The case document without its events.
      data           TEXT NOT NULL CHECK (json_valid(data))
    ) WITHOUT ROWID;
    CREATE INDEX cases_due ON cases (due_at) WHERE due_at IS NOT NULL;
    CREATE INDEX cases_reporter ON cases (reporter_id);
    CREATE INDEX cases_created ON cases (created_at);

    CREATE TABLE case_events (
      case_id  TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
      seq      INTEGER NOT NULL,
      at       TEXT NOT NULL,
      actor_id TEXT NOT NULL,
      type     TEXT NOT NULL,
      data     TEXT NOT NULL CHECK (json_valid(data)),
      PRIMARY KEY (case_id, seq)
    ) WITHOUT ROWID;
    -- Audit trail: never changed; removed only together with its case (retention).
    CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
    BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;
    CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
    WHEN EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id)
    BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;

    CREATE TABLE case_sequences (
      prefix TEXT NOT NULL,
      year   INTEGER NOT NULL,
      last   INTEGER NOT NULL,
      PRIMARY KEY (prefix, year)
    ) WITHOUT ROWID;

    CREATE TABLE outbox (
      id           TEXT PRIMARY KEY,
      case_id      TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
      recipient_id TEXT NOT NULL,
      recipient    TEXT NOT NULL CHECK (json_valid(recipient)),
      kind         TEXT NOT NULL,
      payload      TEXT NOT NULL CHECK (json_valid(payload)),
      state        TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
      attempts     INTEGER NOT NULL DEFAULT 0,
      due_at       TEXT NOT NULL,
      -- A dispatcher instance holds a row until lease_until; after that another may take it.
      lease_owner  TEXT,
      lease_until  TEXT,
      last_error   TEXT,
      created_at   TEXT NOT NULL,
      done_at      TEXT
    ) WITHOUT ROWID;
    CREATE INDEX outbox_due ON outbox (due_at) WHERE state = 'pending';
    CREATE INDEX outbox_case ON outbox (case_id);

    CREATE TABLE case_cards (
      case_id         TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
      recipient_id    TEXT NOT NULL,
      conversation_id TEXT NOT NULL,
      activity_id     TEXT NOT NULL,
      PRIMARY KEY (case_id, recipient_id)
    ) WITHOUT ROWID;

    CREATE TABLE conversation_refs (
      aad_object_id TEXT PRIMARY KEY,
      reference     TEXT NOT NULL CHECK (json_valid(reference)),
      updated_at    TEXT NOT NULL
    ) WITHOUT ROWID;
  `,
};

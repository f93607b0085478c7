"""Schema migrations. Each step runs in one transaction and bumps PRAGMA user_version.

Append new steps; never edit one that has shipped.
"""

from __future__ import annotations

# The full-text index lists comments newest written first (migration 7). Its rowid is a
# "search key" made from when a comment was written and its id, so that ascending keys are
# (created_at DESC, id DESC), the order a search lists; `ORDER BY rowid LIMIT 200` on the
# index is then the first page, and the comment's id is read back out of the key. 33 bits
# of seconds since 1970 (up to 2242-03-16T12:56:31Z), 30 bits of id (up to 1,073,741,823).
# A time outside that range is clamped to it (comments.py then lists searches the slower
# way, which sorts by the times themselves); ids never get that high in an inbox.
# These numbers are part of migration 7's text: never change them.
SEARCH_ID_BITS = 30
SEARCH_ID_MASK = (1 << SEARCH_ID_BITS) - 1
SEARCH_MAX_SECONDS = (1 << 33) - 1
SEARCH_FIRST_TIME = "1970-01-01T00:00:00Z"  # created_at of SEARCH_MAX_SECONDS and 0
SEARCH_LAST_TIME = "2242-03-16T12:56:31Z"

# The full-text index's own settings (kept in the index: a rebuilt index is given them
# again, store/repair.py).
SEARCH_INDEX_SETTINGS = "INSERT INTO comments_fts (comments_fts, rank) VALUES ('automerge', 8);"

# The index of the inbox sorted by name (migration 6). Names follow no order a file is
# written in, so a big import drops it and builds it once at the end (store/imports.py).
NAME_INDEX = "comments_by_author"
CREATE_NAME_INDEX = (
    f"CREATE INDEX IF NOT EXISTS {NAME_INDEX} ON comments (author COLLATE NOCASE, id)"
)


def search_key_sql(created_at: str, comment_id: str) -> str:
    """SQL for the search key of a comment written at `created_at` with id `comment_id`
    (SQL expressions). strftime, not unixepoch: the schema must open on SQLite 3.37."""
    seconds = f"coalesce(CAST(strftime('%s', {created_at}) AS INTEGER), 0)"
    clamped = f"max(0, min({SEARCH_MAX_SECONDS}, {seconds}))"
    return (
        f"((({SEARCH_MAX_SECONDS} - {clamped}) << {SEARCH_ID_BITS}) "
        f"| ({SEARCH_ID_MASK} - ({comment_id} & {SEARCH_ID_MASK})))"
    )


def search_id_sql(key: str) -> str:
    """SQL for the comment id inside the search key `key` (an SQL expression)."""
    return f"({SEARCH_ID_MASK} - ({key} & {SEARCH_ID_MASK}))"


def latest_outcome_id(comment_id: str) -> str:
    """SQL for the id of the latest outcome recorded for the comment whose id is the SQL
    expression `comment_id` (latest by time, then by order): the one rule every reader of
    outcomes shares."""
    return (
        f"(SELECT id FROM outcomes WHERE comment_id = {comment_id} "
        "ORDER BY created_at DESC, id DESC LIMIT 1)"
    )


MIGRATIONS: tuple[str, ...] = (
    # 1: the foundation. Tables for later features exist now so they add columns, not redesigns.
    """
    CREATE TABLE accounts (
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL UNIQUE,
        platform      TEXT NOT NULL,
        settings_json TEXT NOT NULL DEFAULT '{}',   -- platform ids and api base; never secrets
        state         TEXT NOT NULL DEFAULT 'ok',   -- ok | needs_reconnect | rate_limited
        state_reason  TEXT,
        created_at    TEXT NOT NULL,
        last_sync_at  TEXT
    );

    CREATE TABLE comments (
        id                 INTEGER PRIMARY KEY,
        platform           TEXT NOT NULL,
        account_id         INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        external_id        TEXT NOT NULL,
        parent_external_id TEXT,
        author             TEXT NOT NULL,
        text               TEXT NOT NULL,
        created_at         TEXT NOT NULL,             -- ISO 8601 UTC, ...Z
        url                TEXT,
        rating             INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
        sentiment          REAL NOT NULL,
        severity_rank      INTEGER NOT NULL CHECK (severity_rank BETWEEN 0 AND 3),
        status             TEXT NOT NULL DEFAULT 'new' CHECK (status IN
                               ('new','cooling_off','drafting','replied','resolved','ignored')),
        replied_at         TEXT,
        removed_at         TEXT,                      -- gone from the platform; kept here
        imported_from      INTEGER REFERENCES imports(id) ON DELETE SET NULL,
        fetched_at         TEXT NOT NULL,
        answered           INTEGER GENERATED ALWAYS AS
                               (status NOT IN ('new','cooling_off','drafting')) VIRTUAL,
        UNIQUE (platform, external_id)
    );
    -- The inbox order: worst first, unanswered before answered, oldest first.
    CREATE INDEX comments_inbox ON comments (severity_rank, answered, created_at, id);
    CREATE INDEX comments_status ON comments (status);
    CREATE INDEX comments_platform ON comments (platform, severity_rank, answered, created_at, id);
    CREATE INDEX comments_created ON comments (created_at);

    CREATE VIRTUAL TABLE comments_fts USING fts5 (
        author, text, content='comments', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3'
    );
    CREATE TRIGGER comments_fts_insert AFTER INSERT ON comments BEGIN
        INSERT INTO comments_fts (rowid, author, text) VALUES (new.id, new.author, new.text);
    END;
    CREATE TRIGGER comments_fts_delete AFTER DELETE ON comments BEGIN
        INSERT INTO comments_fts (comments_fts, rowid, author, text)
            VALUES ('delete', old.id, old.author, old.text);
    END;
    CREATE TRIGGER comments_fts_update AFTER UPDATE OF author, text ON comments BEGIN
        INSERT INTO comments_fts (comments_fts, rowid, author, text)
            VALUES ('delete', old.id, old.author, old.text);
        INSERT INTO comments_fts (rowid, author, text) VALUES (new.id, new.author, new.text);
    END;

    CREATE TABLE status_changes (
        id          INTEGER PRIMARY KEY,
        comment_id  INTEGER NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        old_status  TEXT NOT NULL,
        new_status  TEXT NOT NULL,
        changed_at  TEXT NOT NULL
    );
    CREATE INDEX status_changes_comment ON status_changes (comment_id);

    CREATE TABLE imports (
        id          INTEGER PRIMARY KEY,
        file_name   TEXT NOT NULL,
        sha256      TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        rows_total  INTEGER NOT NULL,
        rows_added  INTEGER NOT NULL
    );

    CREATE TABLE assessments (
        comment_id  INTEGER PRIMARY KEY REFERENCES comments(id) ON DELETE CASCADE,
        validity    TEXT CHECK (validity IN ('valid','partly','not_valid')),
        valid_point TEXT,
        category    TEXT,
        notes       TEXT,
        updated_at  TEXT NOT NULL
    );

    CREATE TABLE cooloffs (
        comment_id  INTEGER PRIMARY KEY REFERENCES comments(id) ON DELETE CASCADE,
        started_at  TEXT NOT NULL,
        ends_at     TEXT NOT NULL
    );

    CREATE TABLE replies (
        id          INTEGER PRIMARY KEY,
        comment_id  INTEGER NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        channel     TEXT NOT NULL CHECK (channel IN ('public','private','email')),
        text        TEXT NOT NULL,
        state       TEXT NOT NULL CHECK (state IN ('draft','queued','sending','sent','failed')),
        send_key    TEXT NOT NULL UNIQUE,   -- idempotency key, stored before any send
        remote_id   TEXT,
        error       TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        sent_at     TEXT
    );
    CREATE INDEX replies_comment ON replies (comment_id);
    CREATE INDEX replies_state ON replies (state);

    CREATE TABLE discounts (
        id          INTEGER PRIMARY KEY,
        comment_id  INTEGER REFERENCES comments(id) ON DELETE SET NULL,
        kind        TEXT NOT NULL,          -- apology | percent | fixed | free_item | refund
        value       REAL,
        currency    TEXT,
        item        TEXT,
        code        TEXT UNIQUE,
        expires_on  TEXT,
        status      TEXT NOT NULL DEFAULT 'offered'
                        CHECK (status IN ('offered','redeemed','expired','declined')),
        created_at  TEXT NOT NULL,
        redeemed_at TEXT
    );

    CREATE TABLE outcomes (
        id           INTEGER PRIMARY KEY,
        comment_id   INTEGER NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        outcome      TEXT NOT NULL,         -- won_back | resolved | unhappy | no_response | lost
        decided_on   TEXT,
        follow_up_on TEXT,
        note         TEXT,
        created_at   TEXT NOT NULL
    );
    CREATE INDEX outcomes_comment ON outcomes (comment_id);

    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: what the reply flow needs to know from the platforms, and incremental syncs.
    """
    ALTER TABLE comments ADD COLUMN can_reply_privately INTEGER;  -- NULL: the platform did not say
    ALTER TABLE accounts ADD COLUMN last_full_sync_at TEXT;
    ALTER TABLE accounts ADD COLUMN sync_cursor TEXT;  -- where the last complete sync ended
    ALTER TABLE replies ADD COLUMN platform_state TEXT;  -- e.g. Google's reply moderation
    -- The reply being written, kept so closing the wizard loses nothing.
    CREATE TABLE reply_drafts (
        comment_id        INTEGER PRIMARY KEY REFERENCES comments(id) ON DELETE CASCADE,
        channel           TEXT,
        text              TEXT NOT NULL DEFAULT '',
        compensation_json TEXT,
        step              TEXT,
        updated_at        TEXT NOT NULL
    );
    CREATE INDEX comments_account ON comments (account_id, created_at);
    """,
    # 3: the owner's "same person" links between names that differ (the per-customer view).
    """
    CREATE TABLE customer_links (
        name      TEXT PRIMARY KEY,   -- a customer name as compared (core.customers.name_key)
        customer  TEXT NOT NULL,      -- the name it was merged into
        linked_at TEXT NOT NULL,
        CHECK (name <> customer)
    );
    CREATE INDEX customer_links_customer ON customer_links (customer);
    -- A complaint's first sent reply, latest outcome and ledger lines, found by index (the
    -- report and the history read them for every complaint of a period).
    CREATE INDEX replies_sent ON replies (comment_id, state, sent_at);
    DROP INDEX outcomes_comment;
    CREATE INDEX outcomes_latest ON outcomes (comment_id, created_at, id);
    CREATE INDEX discounts_comment ON discounts (comment_id);
    """,
    # 4: one send path. A reply carries its own offer (the ledger line is written from it when
    # the reply is sent), who is sending it (so two windows never both send it), and the
    # "uncertain" state (no clear answer: ask the platform before sending again). SQLite
    # cannot change a CHECK, so the table is rebuilt. Customers' e-mail addresses from
    # imported files.
    """
    CREATE TABLE replies_v4 (
        id          INTEGER PRIMARY KEY,
        comment_id  INTEGER NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        channel     TEXT NOT NULL CHECK (channel IN ('public','private','email')),
        text        TEXT NOT NULL,
        state       TEXT NOT NULL
                        CHECK (state IN ('queued','sending','uncertain','sent','failed')),
        send_key    TEXT NOT NULL UNIQUE,   -- idempotency key, stored before any send
        remote_id   TEXT,
        error       TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        sent_at     TEXT,
        platform_state TEXT,
        offer_json  TEXT,                   -- core.compensation.Compensation.to_json()
        offer_code  TEXT,                   -- the code the reply's text carries, if any
        claimed_by  TEXT,                   -- host|pid|nonce of the process sending it
        claimed_at  TEXT,
        address     TEXT,                   -- the e-mail address it went to
        source      TEXT NOT NULL DEFAULT 'app'
                        CHECK (source IN ('app','platform')),  -- platform: made in its tools
        second_public INTEGER NOT NULL DEFAULT 0  -- the owner chose a second public reply
    );
    INSERT INTO replies_v4 (id, comment_id, channel, text, state, send_key, remote_id, error,
                            created_at, updated_at, sent_at, platform_state)
        SELECT id, comment_id, channel, text,
               CASE state WHEN 'draft' THEN 'queued'
                          WHEN 'sending' THEN 'uncertain' ELSE state END,
               send_key, remote_id, error, created_at, updated_at, sent_at, platform_state
        FROM replies;
    DROP TABLE replies;
    ALTER TABLE replies_v4 RENAME TO replies;
    CREATE INDEX replies_comment ON replies (comment_id);
    CREATE INDEX replies_state ON replies (state);
    CREATE INDEX replies_sent ON replies (comment_id, state, sent_at);
    ALTER TABLE comments ADD COLUMN email TEXT;  -- the customer's address, when a file had it
    CREATE INDEX replies_remote ON replies (remote_id) WHERE remote_id IS NOT NULL;
    -- Conversations: the comment (or the shop's reply) a comment answers.
    ALTER TABLE comments ADD COLUMN reply_to_external_id TEXT;
    CREATE INDEX comments_reply_to ON comments (platform, reply_to_external_id)
        WHERE reply_to_external_id IS NOT NULL;
    -- Edits: what a comment was when it came in (the report counts that), its earlier
    -- versions, and the owner's own judgement of how bad it is (survives re-scoring).
    ALTER TABLE comments ADD COLUMN first_rating INTEGER;
    ALTER TABLE comments ADD COLUMN first_severity_rank INTEGER;
    ALTER TABLE comments ADD COLUMN owner_severity_rank INTEGER;
    UPDATE comments SET first_rating = rating, first_severity_rank = severity_rank;
    CREATE TABLE comment_versions (
        id          INTEGER PRIMARY KEY,
        comment_id  INTEGER NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        text        TEXT NOT NULL,
        rating      INTEGER,
        replaced_at TEXT NOT NULL          -- when the platform showed the newer version
    );
    CREATE INDEX comment_versions_comment ON comment_versions (comment_id, id);
    """,
    # 5: imports in short transactions. A file's rows are checked and scored into a staging
    # file beside the database (imports/<id>.db), then published into comments in short
    # batches, so the window and a sync can write while a big file is imported. `state`
    # says how far an import got (a killed one is cleaned up or finished on the next
    # start); `published_to` is the last staged row already in comments; `claimed_by` is
    # the process importing it.
    """
    ALTER TABLE imports ADD COLUMN state TEXT NOT NULL DEFAULT 'done'
        CHECK (state IN ('staging','publishing','done'));
    ALTER TABLE imports ADD COLUMN published_to INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE imports ADD COLUMN claimed_by TEXT;
    """,
    # 6: the inbox sorted by a column (issue 12). Worst first, platform and time already have
    # an index; these two let a page sorted by name or by stars be read, not sorted whole.
    f"""
    {CREATE_NAME_INDEX};
    CREATE INDEX comments_by_rating ON comments (coalesce(rating, 6), created_at, id);
    """,
    # 7: searches listed by time as fast as the index lists them (issue 14). The full-text
    # index was keyed by comment id (arrival order), so a search listed newest written first
    # had to sort its matches or walk the time index keeping matches. Now its rowid is the
    # search key above (newest written first), read from a view; the comment's id comes out
    # of the key. Prefixes of one letter are indexed too, so a one-letter search reads 200
    # entries, not every word starting with that letter. Rebuilt in key order (FTS5 writes
    # ascending rowids fastest) in this one transaction: a kill leaves version 6 as it was.
    f"""
    DROP TRIGGER comments_fts_insert;
    DROP TRIGGER comments_fts_delete;
    DROP TRIGGER comments_fts_update;
    DROP TABLE comments_fts;
    CREATE VIEW comments_search (search_key, author, text) AS
        SELECT {search_key_sql("created_at", "id")}, author, text FROM comments;
    CREATE VIRTUAL TABLE comments_fts USING fts5 (
        author, text, content='comments_search', content_rowid='search_key',
        tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
    );
    -- A row here (only ever inside one transaction: comments.search_index_deferred) holds
    -- the index back: the comments inserted meanwhile are indexed at its end in one
    -- statement, in key order, whatever order a file listed them in.
    CREATE TABLE search_index_deferred (after_id INTEGER NOT NULL);
    CREATE TRIGGER comments_fts_insert AFTER INSERT ON comments
    WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
        INSERT INTO comments_fts (rowid, author, text)
            VALUES ({search_key_sql("new.created_at", "new.id")}, new.author, new.text);
    END;
    CREATE TRIGGER comments_fts_delete AFTER DELETE ON comments BEGIN
        INSERT INTO comments_fts (comments_fts, rowid, author, text)
            VALUES ('delete', {search_key_sql("old.created_at", "old.id")}, old.author, old.text);
    END;
    CREATE TRIGGER comments_fts_update AFTER UPDATE OF author, text, created_at ON comments
    BEGIN
        INSERT INTO comments_fts (comments_fts, rowid, author, text)
            VALUES ('delete', {search_key_sql("old.created_at", "old.id")}, old.author, old.text);
        INSERT INTO comments_fts (rowid, author, text)
            VALUES ({search_key_sql("new.created_at", "new.id")}, new.author, new.text);
    END;
    INSERT INTO comments_fts (rowid, author, text)
        SELECT search_key, author, text FROM comments_search ORDER BY search_key;
    """,
    # 8: a big import a third faster (issue 14). The full-text index is written in
    # segments that FTS5 merges as they pile up; merging when 8 of a size are there rather
    # than 4 rewrites each entry fewer times (publishing a million comments: 46 -> 42 s).
    # Searches read the same entries as fast (bench_inbox at 1M: the same figures).
    SEARCH_INDEX_SETTINGS,
)

LATEST_VERSION = len(MIGRATIONS)
SEARCH_INDEX_SETTINGS_SINCE = MIGRATIONS.index(SEARCH_INDEX_SETTINGS) + 1  # the version

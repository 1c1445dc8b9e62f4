"""The SQLite journal's file: its schema, its statements, and the checks made when it is opened.

The file is marked as a journal in SQLite's header (``application_id``) and carries its schema
version (``user_version``): a file from a newer version, or one that is no journal, is refused
before anything is written to it.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from clicksend_async._errors import ConfigurationError
from clicksend_async._identity import CONTENT_BYTES, IDENTITY_SCHEME, Identity, new_run_id
from clicksend_async._journal_records import Record, State

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Iterator, Sequence

SCHEMA_VERSION = 1
# "csJL" in SQLite's header marks the file as a journal of this library.
APPLICATION_ID = 0x63734A4C
# Identities an IN (...) list holds: well under SQLite's limit on parameters.
CHUNK = 500

# States are stored as these codes; the statements below spell them out.
CODES = {State.IN_FLIGHT: 0, State.ACCEPTED: 1, State.REJECTED: 2, State.UNKNOWN: 3}
STATES = {code: state for state, code in CODES.items()}

SCHEMA = (
    "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    # unsettled: how many of the batch's messages are in flight or unknown.
    """CREATE TABLE batches (
        seq INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        owner TEXT NOT NULL,
        began_at REAL NOT NULL,
        lease_until REAL NOT NULL,
        finished_at REAL,
        unsettled INTEGER NOT NULL
    )""",
    "CREATE INDEX batches_unsettled ON batches (seq) WHERE unsettled > 0",
    # key: content hash and occurrence (Identity.key); batch: the latest batch that claimed it.
    """CREATE TABLE messages (
        key BLOB PRIMARY KEY,
        batch INTEGER NOT NULL,
        state INTEGER NOT NULL,
        position INTEGER NOT NULL,
        custom_string TEXT NOT NULL,
        recipient TEXT,
        message_id TEXT,
        price TEXT,
        status TEXT,
        reason TEXT,
        never_applied INTEGER NOT NULL
    ) WITHOUT ROWID""",
    "CREATE INDEX messages_batch ON messages (batch)",
    "CREATE INDEX messages_position ON messages (position)",
    f"PRAGMA application_id = {APPLICATION_ID}",
    f"PRAGMA user_version = {SCHEMA_VERSION}",
)

RECORD = """SELECT m.key, m.state, b.name, m.custom_string, m.position, m.recipient,
    m.message_id, m.price, m.status, m.reason, m.never_applied, b.began_at, b.finished_at
    FROM messages AS m JOIN batches AS b ON b.seq = m.batch"""
# A message blocks a claim unless it was rejected (2) and proven never applied.
BLOCKING = "SELECT key FROM messages WHERE NOT (state = 2 AND never_applied) AND key IN "
CLAIM = """INSERT INTO messages (key, batch, state, position, custom_string, recipient,
        message_id, price, status, reason, never_applied)
    VALUES (?, ?, 0, ?, ?, ?, NULL, NULL, NULL, NULL, 0)
    ON CONFLICT (key) DO UPDATE SET batch = excluded.batch, state = 0,
        position = excluded.position, custom_string = excluded.custom_string,
        recipient = excluded.recipient, message_id = NULL, price = NULL, status = NULL,
        reason = NULL, never_applied = 0"""
# Accepted (1) is final: no later settlement overwrites it.
SETTLE = """UPDATE messages SET state = ?, message_id = ?, price = ?, status = ?, reason = ?,
        never_applied = ?
    WHERE key = ? AND batch = ? AND state != 1"""
# In flight (0) and unknown (3) are the unsettled states.
COUNT_UNSETTLED = "SELECT count(*) FROM messages WHERE batch = ? AND state IN (0, 3)"
NEW_BATCH = """INSERT INTO batches (name, owner, began_at, lease_until, finished_at, unsettled)
    VALUES (?, ?, ?, ?, NULL, ?)"""
FINISH_BATCH = """UPDATE batches SET finished_at = coalesce(finished_at, ?), unsettled = ?
    WHERE seq = ?"""
RENEW = "UPDATE batches SET lease_until = ? WHERE name = ? AND owner = ? AND unsettled > 0"
TAKE = """UPDATE batches SET owner = ?, lease_until = ?
    WHERE name = ? AND unsettled > 0 AND (owner = ? OR lease_until <= ?)"""
UNSETTLED = """SELECT name, owner, began_at, lease_until, finished_at, unsettled
    FROM batches WHERE unsettled > 0 ORDER BY seq"""
# Two constant strings, no input in them.
BATCH = RECORD + " WHERE m.batch = (SELECT seq FROM batches WHERE name = ?) ORDER BY m.position"  # noqa: S608
COUNTS = "SELECT state, count(*) FROM messages GROUP BY state"


def record(row: tuple[Any, ...]) -> Record:
    """Return the record of one row of :data:`RECORD`."""
    key, state, batch_id, custom, position, recipient, *outcome, began_at, finished_at = row
    message_id, price, status, reason, never_applied = outcome
    return Record(
        Identity(key[:CONTENT_BYTES], int.from_bytes(key[CONTENT_BYTES:], "big")),
        STATES[state],
        batch_id,
        custom,
        position,
        recipient,
        message_id,
        price,
        status,
        reason,
        bool(never_applied),
        began_at,
        finished_at,
    )


def chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """Yield ``items`` in slices small enough for one IN (...) list."""
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def marks(count: int) -> str:
    """Return the placeholders of an IN list of ``count`` values: ``(?,?,?)``."""
    return "(" + ",".join("?" * count) + ")"


@contextlib.contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[None]:
    """Hold the write lock for the block; commit it whole, or roll it back whole."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def prepare(db: sqlite3.Connection, path: str, *, durable: bool) -> str:
    """Check the file, create the schema if it is new, take it for this process; return run id.

    Raises:
        ConfigurationError: not a journal, a newer schema, another identity scheme, or no WAL.
        sqlite3.Error: the file could not be read or written (held by another process, say).

    """
    # Set before anything is read: every lock taken from now on is held until close.
    db.execute("PRAGMA locking_mode = EXCLUSIVE")
    (application_id,) = db.execute("PRAGMA application_id").fetchone()
    (version,) = db.execute("PRAGMA user_version").fetchone()
    (tables,) = db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    fresh = tables == 0 and version == 0
    if not fresh and application_id != APPLICATION_ID:
        raise ConfigurationError(f"{path} is not a clicksend-async journal")
    if version > SCHEMA_VERSION:
        raise ConfigurationError(
            f"the journal {path} was written by a newer clicksend-async (schema {version}; "
            f"this version reads up to {SCHEMA_VERSION}): upgrade to resume it"
        )
    (mode,) = db.execute("PRAGMA journal_mode = WAL").fetchone()
    if mode != "wal":
        raise ConfigurationError(
            f"the journal {path} cannot use SQLite's WAL mode (it gave {mode!r}); "
            "use a file on a local disk"
        )
    db.execute(f"PRAGMA synchronous = {'FULL' if durable else 'NORMAL'}")
    with transaction(db):
        if fresh:
            for statement in SCHEMA:
                db.execute(statement)
            created = (("run_id", new_run_id()), ("identity_scheme", str(IDENTITY_SCHEME)))
            db.executemany("INSERT INTO meta (name, value) VALUES (?, ?)", created)
        meta = dict(db.execute("SELECT name, value FROM meta").fetchall())
        if meta.get("identity_scheme") != str(IDENTITY_SCHEME):
            raise ConfigurationError(
                f"the journal {path} identifies messages by scheme "
                f"{meta.get('identity_scheme')}, this version by {IDENTITY_SCHEME}"
            )
        # The file is this process's now: whoever held a batch before is gone.
        db.execute("UPDATE batches SET lease_until = 0 WHERE unsettled > 0")
    return str(meta["run_id"])

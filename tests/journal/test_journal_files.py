"""Which files and objects open as journals, and the clear errors for those that don't."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import pytest
from journal_support import entries

from clicksend_async import ConfigurationError
from clicksend_async.journal import Journal, SqliteJournal, open_journal

if TYPE_CHECKING:
    from pathlib import Path


async def make_journal(path: Path) -> None:
    """Create a journal file holding one batch."""
    async with SqliteJournal(path) as journal:
        await journal.begin("b1", entries([1]), owner="w", lease=60)


async def test_a_journal_from_a_newer_version_is_refused_untouched(path: Path) -> None:
    """Schema 2 is refused with a clear error, and the file keeps its version and contents."""
    await make_journal(path)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 2")
    db.close()
    with pytest.raises(ConfigurationError, match=r"newer clicksend-async \(schema 2"):
        await SqliteJournal(path).open()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (2,)
        assert db.execute("SELECT count(*) FROM messages").fetchone() == (1,)
    db.close()


async def test_a_journal_of_another_identity_scheme_is_refused(path: Path) -> None:
    """Identities computed another way would match nothing: refuse rather than resend all."""
    await make_journal(path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = '99' WHERE name = 'identity_scheme'")
    db.close()
    with pytest.raises(ConfigurationError, match="scheme 99"):
        await SqliteJournal(path).open()


async def test_a_database_that_is_no_journal_is_refused(path: Path) -> None:
    """Someone else's SQLite file is not written to."""
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE mine (x)")
    db.close()
    with pytest.raises(ConfigurationError, match="not a clicksend-async journal"):
        await SqliteJournal(path).open()


def write_csv(path: Path) -> str:
    """Write a small CSV of messages to ``path``; return its text."""
    text = "to,body\n+61411111111,hello\n" * 100
    path.write_text(text)
    return text


def read(path: Path) -> str:
    """Return the text of ``path``."""
    return path.read_text()


async def test_a_file_that_is_no_database_is_refused(path: Path) -> None:
    """A CSV passed by mistake is a ConfigurationError, not a crash or an overwrite."""
    text = write_csv(path)
    with pytest.raises(ConfigurationError, match="not a journal"):
        await SqliteJournal(path).open()
    assert read(path) == text


async def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    """A path whose folder does not exist cannot be a journal."""
    with pytest.raises(ConfigurationError, match="cannot open"):
        await SqliteJournal(tmp_path / "nowhere" / "run.journal").open()


async def test_a_journal_in_memory_is_refused() -> None:
    """':memory:' would forget everything at exit: it is not a journal."""
    with pytest.raises(ConfigurationError, match="WAL"):
        await open_journal(":memory:").open()


async def test_a_journal_in_use_is_refused_until_released(path: Path) -> None:
    """While one opener holds the file a second is refused; once closed, it opens."""
    first = SqliteJournal(path)
    await first.open()
    second = SqliteJournal(path, busy_timeout=0.05)
    with pytest.raises(ConfigurationError, match="in use by another process"):
        await second.open()
    await first.close()
    async with second:
        assert await second.counts() is not None


async def test_calls_before_open_or_after_close_are_refused(path: Path) -> None:
    """Using a journal that is not open says so; closing twice is harmless."""
    journal = SqliteJournal(path)
    with pytest.raises(ConfigurationError, match="not open"):
        await journal.counts()
    await journal.open()
    await journal.close()
    await journal.close()
    with pytest.raises(ConfigurationError, match="not open"):
        await journal.lookup([])


async def test_open_journal_takes_paths(path: Path) -> None:
    """A str or a PathLike gives a SQLite journal on that file."""
    for given in (path, str(path)):
        journal = open_journal(given)
        assert isinstance(journal, SqliteJournal)
        assert journal.path == str(path)


class _Store:
    """A store of the caller's own: only the methods of the protocol, doing nothing."""

    async def open(self) -> str:
        return "r"

    async def close(self) -> None: ...
    async def begin(self, *_: object, **__: object) -> list[object]:
        return []

    async def finish(self, *_: object) -> int:
        return 0

    async def renew(self, *_: object, **__: object) -> bool:
        return False

    async def take(self, *_: object, **__: object) -> bool:
        return False

    async def lookup(self, *_: object) -> list[object]:
        return []

    async def unsettled(self) -> list[object]:
        return []

    async def batch(self, *_: object) -> list[object]:
        return []

    def records(self, **_: object) -> object:
        return iter(())

    async def counts(self) -> object:
        return None


def test_open_journal_passes_a_store_through() -> None:
    """An object with the protocol's methods is used as it is."""
    store = _Store()
    assert isinstance(store, Journal)
    assert open_journal(store) is store


@pytest.mark.parametrize("wrong", [42, "", object()])
def test_open_journal_refuses_anything_else(wrong: object) -> None:
    """Neither a path nor a store: a ConfigurationError naming what was given."""
    with pytest.raises(ConfigurationError, match="journal"):
        open_journal(wrong)  # type: ignore[arg-type]

"""Every Python block in README.md and docs/**/*.md runs as written, so examples cannot rot.

Each block runs in a fresh interpreter, in an empty directory holding a ``messages.csv``,
against the ``clicksend_sandbox`` fixture. The only substitutions are the credentials, the
base URL and Redis: ``CLICKSEND_USERNAME`` and ``CLICKSEND_API_KEY`` are set in the environment
(the sandbox takes any), a ``ClickSend`` built without ``base_url`` is pointed at the sandbox,
and ``REDIS_URL`` names the suite's own redis-server.

A block that defines test functions (``def test_...`` or ``async def test_...``) is a test file
a user would run with pytest, so it is run with pytest (``asyncio_mode=auto``, as the testing
page says, and warnings as errors), from the same empty directory, and every test in it must
pass.

A block that is deliberately not runnable carries the marker
``<!-- readme-test: skip: <why> -->`` on the line before its fence; the test is skipped with
that reason. Keep them rare: a block a user cannot paste and run is a block that can rot.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DOCS = ROOT / "docs"
SKIP = re.compile(r"<!--\s*readme-test:\s*skip:\s*(?P<why>.+?)\s*-->")
FENCE = re.compile(r"^```python\n(?P<code>.*?)^```$", re.DOTALL | re.MULTILINE)
DEFINES_TESTS = re.compile(r"^(?:async )?def test_", re.MULTILINE)

# Run first in the block's interpreter: a client built without base_url goes to the sandbox.
BOOTSTRAP = """
import os, runpy, sys
import clicksend_async

_init = clicksend_async.ClickSend.__init__


def _to_the_sandbox(self, *args, **kwargs):
    kwargs.setdefault("base_url", os.environ["README_TEST_BASE_URL"])
    _init(self, *args, **kwargs)


clicksend_async.ClickSend.__init__ = _to_the_sandbox
runpy.run_path(sys.argv[1], run_name="__main__")
"""


def python_blocks(source: Path) -> list[tuple[int, str, str | None]]:
    """Return (line number, code, reason to skip or None) for each Python block of a file."""
    text = source.read_text(encoding="utf-8")
    blocks = []
    for found in FENCE.finditer(text):
        line = text.count("\n", 0, found.start()) + 1
        before = text[: found.start()].rstrip("\n").rsplit("\n", 1)[-1]
        marker = SKIP.fullmatch(before.strip())
        blocks.append((line, found.group("code"), marker.group("why") if marker else None))
    return blocks


SOURCES = [README, *sorted(DOCS.rglob("*.md"))]
BLOCKS = [
    (f"{source.relative_to(ROOT).as_posix()}:{line}", code, why)
    for source in SOURCES
    for line, code, why in python_blocks(source)
]


def test_the_readme_has_python_blocks_and_few_are_skipped():
    """The README's Python blocks are found, and most of them are run rather than skipped."""
    readme = [(where, why) for where, _, why in BLOCKS if where.startswith("README.md:")]
    assert len(readme) >= 5
    skipped = [where for where, why in readme if why is not None]
    assert len(skipped) * 3 <= len(readme), f"too many skipped blocks, at {skipped}"


def test_the_docs_have_python_blocks_and_none_is_skipped():
    """The docs' Python blocks are found, in every guide, and every one of them is run."""
    docs = [(where, why) for where, _, why in BLOCKS if where.startswith("docs/")]
    assert len(docs) >= 15
    assert len({where.partition(":")[0] for where, _ in docs}) >= 8
    assert [where for where, why in docs if why is not None] == []


@pytest.mark.parametrize(("where", "code", "why"), BLOCKS, ids=[where for where, _, _ in BLOCKS])
def test_readme_block_runs(where, code, why, tmp_path, clicksend_sandbox, *, redis_url):
    """A README or docs Python block runs to completion against the sandbox, exit status 0."""
    if why is not None:
        pytest.skip(f"{where} is marked not runnable: {why}")
    (tmp_path / "messages.csv").write_text(
        "to,body\n+61411111111,first\n+61422222222,second\n", encoding="utf-8"
    )
    if DEFINES_TESTS.search(code):
        script = tmp_path / "test_block.py"
        options = ["asyncio_mode=auto", "asyncio_default_fixture_loop_scope=function"]
        argv = ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error"]
        argv += [f"--override-ini={option}" for option in options]
        command = [sys.executable, *argv, "--rootdir", str(tmp_path), str(script)]
    else:
        script = tmp_path / "block.py"
        command = [sys.executable, "-c", BOOTSTRAP, str(script)]
    script.write_text(code, encoding="utf-8")
    path = [str(ROOT), str(ROOT / "generated")]
    env = {
        "PATH": "",
        "PYTHONPATH": os.pathsep.join(path),
        "CLICKSEND_USERNAME": "readme",
        "CLICKSEND_API_KEY": "readme-key",
        "README_TEST_BASE_URL": clicksend_sandbox.url,
        "REDIS_URL": redis_url,
    }
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120, check=False
    )
    assert done.returncode == 0, f"{where} failed:\n{done.stdout}\n{done.stderr}"

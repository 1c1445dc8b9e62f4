"""Every Python block in README.md runs as written, so the README's code cannot rot.

Each block runs in a fresh interpreter, in an empty directory holding a ``messages.csv``,
against the ``clicksend_sandbox`` fixture. The only substitutions are the credentials and the
base URL: ``CLICKSEND_USERNAME`` and ``CLICKSEND_API_KEY`` are set in the environment (the
sandbox takes any), and a ``ClickSend`` built without ``base_url`` is pointed at the sandbox.

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
SKIP = re.compile(r"<!--\s*readme-test:\s*skip:\s*(?P<why>.+?)\s*-->")
FENCE = re.compile(r"^```python\n(?P<code>.*?)^```$", re.DOTALL | re.MULTILINE)

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


def readme_blocks() -> list[tuple[int, str, str | None]]:
    """Return (line number, code, reason to skip or None) for each Python block of the README."""
    text = README.read_text(encoding="utf-8")
    blocks = []
    for found in FENCE.finditer(text):
        line = text.count("\n", 0, found.start()) + 1
        before = text[: found.start()].rstrip("\n").rsplit("\n", 1)[-1]
        marker = SKIP.fullmatch(before.strip())
        blocks.append((line, found.group("code"), marker.group("why") if marker else None))
    return blocks


BLOCKS = readme_blocks()


def test_the_readme_has_python_blocks_and_few_are_skipped():
    """The README's Python blocks are found, and most of them are run rather than skipped."""
    assert len(BLOCKS) >= 5
    skipped = [line for line, _, why in BLOCKS if why is not None]
    assert len(skipped) * 3 <= len(BLOCKS), f"too many skipped blocks, at lines {skipped}"


@pytest.mark.parametrize(
    ("line", "code", "why"), BLOCKS, ids=[f"README.md:{line}" for line, _, _ in BLOCKS]
)
def test_readme_block_runs(line, code, why, tmp_path, clicksend_sandbox):
    """A README Python block runs to completion against the sandbox, exit status 0."""
    if why is not None:
        pytest.skip(f"README.md:{line} is marked not runnable: {why}")
    script = tmp_path / "block.py"
    script.write_text(code, encoding="utf-8")
    (tmp_path / "messages.csv").write_text(
        "to,body\n+61411111111,first\n+61422222222,second\n", encoding="utf-8"
    )
    path = [str(ROOT), str(ROOT / "generated")]
    env = {
        "PATH": "",
        "PYTHONPATH": os.pathsep.join(path),
        "CLICKSEND_USERNAME": "readme",
        "CLICKSEND_API_KEY": "readme-key",
        "README_TEST_BASE_URL": clicksend_sandbox.url,
    }
    done = subprocess.run(
        [sys.executable, "-c", BOOTSTRAP, str(script)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"README.md:{line} failed:\n{done.stderr}"

"""The docs' operations index, built from the description by a mkdocs hook, is the real one.

The hook (docs/hooks/operations.py) reads openapi/clicksend.yaml as the site is built; these
tests hold its rows to the generated package's own operation tables, so a page that names a
module, method or path the package does not have fails here before anyone reads it.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path

from clicksend_async._operations import operation_index

HOOK = Path(__file__).resolve().parents[1] / "docs" / "hooks" / "operations.py"
# The generator renames a path parameter that is a Python builtin ({type} becomes {type_}); the
# index shows the API's own path.
_RENAMED = re.compile(r"\{(\w+?)_\}")


def api_path(generated_path: str) -> str:
    """Return the API's path for a generated module's path."""
    return _RENAMED.sub(r"{\1}", generated_path)


def load_hook():
    """Import the hook module from its file, as mkdocs does."""
    spec = importlib.util.spec_from_file_location("docs_operations_hook", HOOK)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_operation_is_indexed_with_its_module_method_and_path():
    """One row per generated operation, with the module, method, path and facts it really has."""
    rows = load_hook().rows()
    index = operation_index()
    assert len(rows) == len(index) == 231
    by_module = {row.module: row for row in rows}
    for operation in index.values():
        row = by_module[operation.module]
        assert (row.method, row.path) == (operation.method, api_path(operation.path))
        assert row.idempotent == (operation.method == "GET" or operation.idempotent)
        assert row.unread_queue == operation.unread_queue
        assert row.module.split(".")[2] == row.tag.replace("-", "_")


def test_every_indexed_module_can_be_imported():
    """Each module the index names exists and is the operation it says."""
    for row in load_hook().rows():
        module = importlib.import_module(row.module)
        assert (module.METHOD, api_path(module.PATH)) == (row.method, row.path)


def test_the_page_marker_becomes_the_table():
    """The hook replaces the marker on its page with a table of every operation, nothing else."""
    hook = load_hook()
    page = hook.on_page_markdown(f"# Operations\n\n{hook.MARKER}\n", page=None)
    assert hook.MARKER not in page
    assert page.count("\n| ") == 2 + 231  # the header, its rule and a row per operation
    assert "`/sms/send`" in page
    assert "`clicksend_v3.api.sms.send_sms`" in page
    assert hook.on_page_markdown("# Other\n") == "# Other\n"

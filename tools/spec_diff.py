"""Compare a newly published ClickSend OpenAPI description with ours (``nox -s spec_diff``).

``python tools/spec_diff.py NEW.yaml [--ours openapi/clicksend.yaml] [--new-only]`` prints, per
operation, what the new description adds, lacks or has otherwise than ours (paths, methods,
parameters, request and answer fields: see spec_compare), in two parts: the differences that a
``# Fix:`` comment in ours already accounts for (see spec_fixes), each with that comment, and
the new ones, to review before editing our description.

Exit status: 0 when nothing is new, 1 when something is new to review, 2 when a file is missing
or is not an OpenAPI 3 description (one line on stderr).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from spec_compare import compare
from spec_fixes import read_fixes
from spec_model import Spec

if TYPE_CHECKING:
    from spec_compare import Difference
    from spec_fixes import Index

OURS = Path(__file__).resolve().parent.parent / "openapi" / "clicksend.yaml"
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class UsageError(Exception):
    """A file that cannot be compared; its message is the one line shown."""


def load(path: Path) -> tuple[Spec, str]:
    """Read and parse one description; return it and its text."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise UsageError(f"cannot read {path}: {reason}") from None
    try:
        document = yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise UsageError(f"{path} is not valid YAML{where}") from None
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise UsageError(f"{path} is not an OpenAPI description: it has no paths")
    if "openapi" not in document or not str(document["openapi"]).startswith("3."):
        raise UsageError(f"{path} is not an OpenAPI 3 description")
    return Spec(document), text


def explain(differences: list[Difference], fixes: Index) -> None:
    """Find the Fix comment, if any, that accounts for each difference."""
    for difference in differences:
        if difference.ours is not None:
            raw_path, method = difference.ours
            difference.fix = fixes.explain(raw_path, method, difference.words, difference.schemas)


def _group(title: str, differences: list[Difference], *, with_fix: bool) -> list[str]:
    lines = ["", title]
    by_operation: dict[tuple[str, str], list[Difference]] = defaultdict(list)
    for difference in differences:
        by_operation[difference.path, difference.method].append(difference)
    for (path, method), found in sorted(by_operation.items()):
        lines.append(f"  {method} {path}")
        for difference in found:
            lines.append(f"    {difference.kind:<8} {difference.what}")
            if with_fix and difference.fix is not None:
                lines.append(f"{'Fix':>16} (line {difference.fix.line}): {difference.fix.subject}")
    return lines


def report(differences: list[Difference], *, new_only: bool) -> tuple[list[str], int]:
    """Return the report's lines and the exit status."""
    fresh = [d for d in differences if d.fix is None]
    known = [d for d in differences if d.fix is not None]
    operations = len({(d.method, d.path) for d in fresh})
    summary = (
        f"{len(fresh)} new difference(s) in {operations} operation(s) to review; "
        f"{len(known)} accounted for by Fix comments. "
        "(added: only in the new description; removed: only in ours)"
    )
    lines = [summary]
    if known and not new_only:
        lines += _group("Accounted for by Fix comments:", known, with_fix=True)
    if fresh:
        title = "New, to review (no Fix comment accounts for these):"
        lines += _group(title, fresh, with_fix=False)
    return lines, 1 if fresh else 0


def main(argv: list[str] | None = None) -> int:
    """Run the comparison; return 0, 1 or 2 as the module docstring says."""
    parser = argparse.ArgumentParser(
        prog="spec_diff",
        description="Compare a new ClickSend OpenAPI description with ours.",
    )
    parser.add_argument("new", type=Path, help="the newly published description (YAML or JSON)")
    parser.add_argument(
        "--ours", type=Path, default=OURS, help="our description (default: %(default)s)"
    )
    parser.add_argument(
        "--new-only", action="store_true", help="leave out the differences Fix comments explain"
    )
    args = parser.parse_args(argv)
    try:
        new, _ = load(args.new)
        ours, text = load(args.ours)
    except UsageError as error:
        print(f"spec_diff: {error}", file=sys.stderr)
        return 2
    differences = compare(new, ours)
    explain(differences, read_fixes(text))
    lines, status = report(differences, new_only=args.new_only)
    try:
        print("\n".join(lines), flush=True)
    except BrokenPipeError:  # a reader such as head stopped early; the status still holds
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return status


if __name__ == "__main__":
    sys.exit(main())

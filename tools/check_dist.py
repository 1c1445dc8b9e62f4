"""Check a built sdist and wheel against the source tree before anything is published.

``python tools/check_dist.py DIST`` (run by ``nox -s build``) expects exactly one wheel and one
sdist in ``DIST`` and fails, naming every problem, unless:

- both carry the version in ``clicksend_async/_version.py`` (file names and metadata);
- the wheel holds every file of ``clicksend_async`` and ``generated/clicksend_v3`` that git
  tracks (code, ``py.typed``, the sandbox's answer shapes) and nothing from outside them, plus
  the ``clicksend-async`` command and the licence;
- the sdist holds every tracked file under the paths pyproject.toml's sdist ``include`` names;
- the metadata says what pyproject.toml says: Requires-Python, classifiers, project URLs,
  licence.
"""

from __future__ import annotations

import email.parser
import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from email.message import Message

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {"clicksend_async": "clicksend_async", "generated/clicksend_v3": "clicksend_v3"}


def source_version() -> str:
    """Return the version written in ``clicksend_async/_version.py``."""
    text = (ROOT / "clicksend_async" / "_version.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if found is None:
        raise SystemExit("clicksend_async/_version.py has no __version__ line")
    return found.group(1)


def tracked(*paths: str) -> list[str]:
    """Return the files git tracks under ``paths``, relative to the repository root."""
    listed = subprocess.run(  # noqa: S603 - git with fixed arguments and our own paths
        ["git", "ls-files", "-z", "--", *paths],  # noqa: S607 - git from PATH
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return [name for name in listed.stdout.decode().split("\0") if name]


def _metadata(text: str) -> Message:
    return email.parser.Parser().parsestr(text)


def check_metadata(where: str, meta: Message, version: str) -> list[str]:
    """Compare one METADATA/PKG-INFO with pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    problems: list[str] = []
    expected = {
        "Name": project["name"],
        "Version": version,
        "Requires-Python": project["requires-python"],
        "License-Expression": project["license"],
    }
    problems += [
        f"{where}: {field} is {meta.get(field)!r}, pyproject says {value!r}"
        for field, value in expected.items()
        if meta.get(field) != value
    ]
    if sorted(meta.get_all("Classifier") or []) != sorted(project["classifiers"]):
        problems.append(f"{where}: classifiers differ from pyproject.toml")
    urls = {f"{label}, {url}" for label, url in project["urls"].items()}
    if set(meta.get_all("Project-URL") or []) != urls:
        problems.append(f"{where}: project URLs differ from pyproject.toml")
    if "LICENSE" not in (meta.get_all("License-File") or []):
        problems.append(f"{where}: no License-File: LICENSE")
    return problems


def check_wheel(wheel: Path, version: str) -> list[str]:
    """Check the wheel's files, command and metadata."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        info = f"clicksend_async-{version}.dist-info"
        meta = archive.read(f"{info}/METADATA").decode() if f"{info}/METADATA" in names else ""
        entry_points = archive.read(f"{info}/entry_points.txt").decode() if meta else ""
    if not meta:
        return [f"{wheel.name}: no {info}/METADATA (is the version {version}?)"]
    problems = check_metadata(wheel.name, _metadata(meta), version)
    expected = {
        PACKAGES[prefix] + name.removeprefix(prefix)
        for prefix in PACKAGES
        for name in tracked(prefix)
    }
    problems += [f"{wheel.name}: missing {name}" for name in sorted(expected - names)]
    for required in ("clicksend_async/py.typed", "clicksend_v3/py.typed"):
        if required not in names:
            problems.append(f"{wheel.name}: missing {required}")
    stray = {
        name
        for name in names - expected
        if not name.startswith(f"{info}/") and not name.endswith(("/py.typed", ".pyc"))
    }
    problems += [f"{wheel.name}: unexpected {name}" for name in sorted(stray)]
    if "clicksend-async = clicksend_async.cli:main" not in entry_points:
        problems.append(f"{wheel.name}: no clicksend-async console script")
    if f"{info}/licenses/LICENSE" not in names:
        problems.append(f"{wheel.name}: no licenses/LICENSE")
    return problems


def check_sdist(sdist: Path, version: str) -> list[str]:
    """Check that the sdist holds every tracked file pyproject.toml's include names."""
    top = f"clicksend_async-{version}"
    with tarfile.open(sdist) as archive:
        names = {member.name.removeprefix(f"{top}/") for member in archive.getmembers()}
        pkg_info = archive.extractfile(f"{top}/PKG-INFO") if "PKG-INFO" in names else None
        meta = pkg_info.read().decode() if pkg_info is not None else ""
    if not meta:
        return [f"{sdist.name}: no {top}/PKG-INFO (is the version {version}?)"]
    problems = check_metadata(sdist.name, _metadata(meta), version)
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = config["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    expected = set(tracked(*include)) | {"pyproject.toml", "LICENSE"}
    problems += [f"{sdist.name}: missing {name}" for name in sorted(expected - names)]
    return problems


def main(argv: list[str]) -> int:
    """Check the one wheel and one sdist in ``argv[0]``; print problems and return 1 if any."""
    if len(argv) != 1:
        print("usage: check_dist.py DIST_DIRECTORY", file=sys.stderr)
        return 2
    dist = Path(argv[0])
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        print(f"expected one wheel and one sdist in {dist}", file=sys.stderr)
        return 1
    version = source_version()
    problems = [
        f"{built.name}: not named for version {version}"
        for built in (*wheels, *sdists)
        if not re.match(rf"clicksend_async-{re.escape(version)}(-|\.tar\.gz$)", built.name)
    ]
    problems += check_wheel(wheels[0], version)
    problems += check_sdist(sdists[0], version)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{wheels[0].name} and {sdists[0].name}: contents and metadata agree")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Release files: one version everywhere, licence, changelog, metadata, tools/check_dist.py."""

from __future__ import annotations

import email.message
import importlib.metadata
import io
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

import clicksend_async

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
VERSION = clicksend_async.__version__
sys.path.insert(0, str(ROOT / "tools"))

import check_dist  # noqa: E402


def test_the_command_prints_the_package_version():
    """The installed ``clicksend-async`` command and ``python -m`` print ``__version__``."""
    command = shutil.which("clicksend-async", path=str(Path(sys.executable).parent))
    assert command is not None
    for argv in ([command], [sys.executable, "-m", "clicksend_async"]):
        shown = subprocess.run([*argv, "--version"], capture_output=True, text=True, check=True)
        assert shown.stdout == f"clicksend-async {VERSION}\n"


def test_the_installed_metadata_has_the_package_version():
    """pyproject.toml takes its version from clicksend_async/_version.py."""
    assert importlib.metadata.version("clicksend-async") == VERSION
    assert re.fullmatch(r"\d+\.\d+\.\d+", VERSION)


def test_the_changelog_has_a_section_for_this_version():
    """CHANGELOG.md keeps an Unreleased section and one for the current version, linked."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## \[([^\]]+)\]", text, re.MULTILINE)
    assert headings[:2] == ["Unreleased", VERSION]
    for heading in headings:
        assert re.search(rf"^\[{re.escape(heading)}\]: https://github\.com/", text, re.MULTILINE)
    section = text.split(f"## [{VERSION}]")[1].split("\n## ")[0]
    assert "### Added" in section
    assert section.count("\n- ") >= 10


def test_the_licence_is_mit_and_named_in_the_metadata():
    """LICENSE is the MIT text; pyproject says MIT as an expression and a classifier."""
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) ")
    assert "clicksend-async contributors" in text.splitlines()[2]
    assert "Permission is hereby granted, free of charge" in text
    assert PROJECT["license"] == "MIT"
    assert "License :: OSI Approved :: MIT License" in PROJECT["classifiers"]


def test_declared_python_versions_start_at_requires_python_without_gaps():
    """The classifiers name requires-python's floor, 3.11, and every minor version up to the last.

    nox's tests session runs on exactly these (noxfile.py reads them).
    """
    declared = [
        int(found.group(1))
        for classifier in PROJECT["classifiers"]
        if (found := re.fullmatch(r"Programming Language :: Python :: 3\.(\d+)", classifier))
    ]
    assert PROJECT["requires-python"] == f">=3.{declared[0]}"
    assert declared == list(range(declared[0], declared[-1] + 1))
    assert declared[0] == 11
    assert sys.version_info[:2] in [(3, minor) for minor in declared]


def test_project_urls():
    """Every URL a package index shows points at the project."""
    assert PROJECT["urls"] == {
        "Homepage": "https://github.com/clicksend-async/clicksend-async",
        "Documentation": "https://clicksend-async.github.io/clicksend-async/",
        "Source": "https://github.com/clicksend-async/clicksend-async",
        "Issues": "https://github.com/clicksend-async/clicksend-async/issues",
        "Changelog": "https://github.com/clicksend-async/clicksend-async/blob/main/CHANGELOG.md",
    }


# -- tools/check_dist.py on archives made here --------------------------------------------------

needs_git = pytest.mark.skipif(
    not (ROOT / ".git").exists() or shutil.which("git") is None, reason="needs a git checkout"
)


def _metadata() -> str:
    meta = email.message.Message()
    meta["Metadata-Version"] = "2.4"
    meta["Name"] = PROJECT["name"]
    meta["Version"] = VERSION
    meta["Requires-Python"] = PROJECT["requires-python"]
    meta["License-Expression"] = PROJECT["license"]
    meta["License-File"] = "LICENSE"
    for classifier in PROJECT["classifiers"]:
        meta["Classifier"] = classifier
    for label, url in PROJECT["urls"].items():
        meta["Project-URL"] = f"{label}, {url}"
    return meta.as_string()


def _wheel(where: Path, *, leave_out: str = "") -> Path:
    info = f"clicksend_async-{VERSION}.dist-info"
    path = where / f"clicksend_async-{VERSION}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        for prefix, package in check_dist.PACKAGES.items():
            for name in check_dist.tracked(prefix):
                inside = package + name.removeprefix(prefix)
                if inside != leave_out:
                    archive.writestr(inside, "")
        archive.writestr(f"{info}/METADATA", _metadata())
        archive.writestr(
            f"{info}/entry_points.txt",
            "[console_scripts]\nclicksend-async = clicksend_async.cli:main\n",
        )
        archive.writestr(f"{info}/licenses/LICENSE", "")
    return path


def _sdist(where: Path, *, leave_out: str = "") -> Path:
    top = f"clicksend_async-{VERSION}"
    path = where / f"{top}.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
        include = config["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
        for name in [*check_dist.tracked(*include), "pyproject.toml", "LICENSE"]:
            if name != leave_out:
                archive.add(ROOT / name, arcname=f"{top}/{name}")
        info = tarfile.TarInfo(f"{top}/PKG-INFO")
        data = _metadata().encode()
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return path


@needs_git
def test_check_dist_passes_whole_archives(tmp_path):
    """A wheel and sdist holding everything, with pyproject's metadata, pass."""
    _wheel(tmp_path)
    _sdist(tmp_path)
    assert check_dist.main([str(tmp_path)]) == 0


@needs_git
@pytest.mark.parametrize(
    "missing",
    ["clicksend_async/py.typed", "clicksend_v3/py.typed", "clicksend_async/sandbox/_shapes.json"],
)
def test_check_dist_finds_a_file_missing_from_the_wheel(tmp_path, capsys, missing):
    """A marker or data file left out of the wheel is named."""
    wheel = _wheel(tmp_path, leave_out=missing)
    _sdist(tmp_path)
    assert check_dist.main([str(tmp_path)]) == 1
    assert f"{wheel.name}: missing {missing}" in capsys.readouterr().err


@needs_git
def test_check_dist_finds_a_file_missing_from_the_sdist(tmp_path, capsys):
    """A tracked file under the sdist's include list, here the description, is named."""
    _wheel(tmp_path)
    sdist = _sdist(tmp_path, leave_out="openapi/clicksend.yaml")
    assert check_dist.main([str(tmp_path)]) == 1
    assert f"{sdist.name}: missing openapi/clicksend.yaml" in capsys.readouterr().err


@needs_git
def test_check_dist_finds_another_version(tmp_path, capsys, monkeypatch):
    """Archives built for another version than _version.py says are refused."""
    _wheel(tmp_path)
    _sdist(tmp_path)
    monkeypatch.setattr(check_dist, "source_version", lambda: "9.9.9")
    assert check_dist.main([str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert f"clicksend_async-{VERSION}-py3-none-any.whl: not named for version 9.9.9" in err

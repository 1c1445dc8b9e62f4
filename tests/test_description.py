"""openapi/clicksend.yaml is valid and every operation in it has a generated endpoint."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from clicksend_async._operations import Operation, operation_index

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "clicksend.yaml"
METHODS = ("get", "put", "post", "patch", "delete")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """The parsed description."""
    return yaml.safe_load(SPEC_PATH.read_text())


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Operation id -> (METHOD, path) for every operation in the description."""
    found: dict[str, tuple[str, str]] = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                op_id = item[method]["operationId"]
                assert op_id not in found, f"duplicate operationId {op_id}"
                found[op_id] = (method.upper(), path)
    return found


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def generated_operations() -> dict[str, Operation]:
    """Everything the generated tag packages list."""
    return operation_index()


def test_description_is_valid_openapi(spec: dict[str, Any]) -> None:
    """The description passes the OpenAPI 3.0 validator."""
    validate(spec)


def test_description_has_all_231_operations_with_python_ids(spec: dict[str, Any]) -> None:
    """All 231 operations are described, each with a unique snake_case id and our summary."""
    ops = operations(spec)
    assert len(ops) == 231
    for op_id in ops:
        assert op_id.isidentifier()
        assert op_id == op_id.lower()
    assert spec["info"]["version"]


def test_every_operation_has_a_generated_endpoint(spec: dict[str, Any]) -> None:
    """Each described operation has an endpoint module with the same method and path."""
    described = operations(spec)
    generated = generated_operations()
    assert set(generated) == set(described)
    for op_id, entry in generated.items():
        # Placeholder names may be made Python-safe ({type} -> {type_}); the shape must match.
        assert (entry.method, _shape(entry.path)) == (
            described[op_id][0],
            _shape(described[op_id][1]),
        )
        module = importlib.import_module(entry.module)
        assert op_id == entry.id == module.OPERATION_ID
        assert entry == module.OPERATION
        assert callable(module.asyncio)
        assert callable(module.asyncio_detailed)


def test_listings_that_return_a_page_declare_page_and_limit(spec: dict[str, Any]) -> None:
    """Every operation marked as paged takes page and limit, limit bounded 15..100."""
    by_id = {
        item[m]["operationId"]: item[m]
        for item in spec["paths"].values()
        for m in METHODS
        if m in item
    }
    paged = [op_id for op_id, entry in generated_operations().items() if entry.paged]
    assert len(paged) >= 35
    for op_id in paged:
        params = {p["name"]: p for p in by_id[op_id]["parameters"]}
        assert params["limit"]["schema"]["minimum"] == 15
        assert params["limit"]["schema"]["maximum"] == 100
        assert "default" not in params["limit"]["schema"]


def test_no_parameter_default_is_sent_implicitly(spec: dict[str, Any]) -> None:
    """No query parameter has a default (it would be sent on every call) nor is Content-Type one."""
    for item in spec["paths"].values():
        for method in METHODS:
            for param in item.get(method, {}).get("parameters", []):
                assert "default" not in param.get("schema", {}), param
                assert param["name"].lower() != "content-type"


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout


def test_nothing_imports_httpx() -> None:
    """Importing every endpoint module and the library never loads httpx."""
    code = (
        "import importlib, pkgutil, sys, clicksend_async, clicksend_v3.api as api\n"
        "for tag in pkgutil.iter_modules(api.__path__):\n"
        "    ops = importlib.import_module('clicksend_v3.api.' + tag.name).OPERATIONS\n"
        "    for entry in ops.values():\n"
        "        importlib.import_module(entry.module)\n"
        "print('httpx' in sys.modules)\n"
    )
    assert _run(code).strip() == "False"


def test_one_endpoint_module_imports_only_its_own_models() -> None:
    """Importing send_sms loads a handful of model modules, not all of them, yet any resolves."""
    code = (
        "import sys\n"
        "import clicksend_v3.api.sms.send_sms\n"
        "loaded = [m for m in sys.modules if m.startswith('clicksend_v3.models.')]\n"
        "from clicksend_v3.models import ViewSmsHistoryResponse\n"
        "print(len(loaded), ViewSmsHistoryResponse.__name__)\n"
    )
    count, name = _run(code).split()
    assert int(count) <= 10
    assert name == "ViewSmsHistoryResponse"

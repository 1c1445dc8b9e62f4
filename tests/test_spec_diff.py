"""tools/spec_diff.py on small descriptions written here: what it reports, and its exit status."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

TOOLS = Path(__file__).resolve().parent.parent / "tools"
sys.path.insert(0, str(TOOLS))

import spec_diff  # noqa: E402

# Ours: the server carries /v3, paths do not; one operation ClickSend no longer publishes.
OURS = """\
openapi: 3.0.3
info: {title: ours, version: 3.0.0}
servers:
  - url: https://rest.clicksend.com/v3
paths:
  /sms/{message_id}/cancel:
    # Fix: dropped the optional Content-Type header parameter: the client sets the media type
    put:
      operationId: cancel_sms
      parameters:
      - in: path
        name: message_id
        required: true
        schema: {type: string}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/CancelResponse'}
  /sms/send:
    post:
      operationId: send_sms
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [messages]
              properties:
                messages:
                  type: array
                  items:
                    type: object
                    required: [to, body]
                    properties:
                      to: {type: string}
                      body: {type: string}
                      schedule: {type: integer}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/SendResponse'}
  /account/usage:
    # Fix: only the older description has this operation: the answer is the envelope
    get:
      operationId: view_usage
      responses:
        '200':
          description: ok
components:
  schemas:
    CancelResponse:
      type: object
      properties:
        http_code: {type: integer}
    # Fix: user_id: answers carry user_id as a string as well as an integer
    SendResponse:
      type: object
      properties:
        http_code: {type: integer}
        data:
          type: object
          properties:
            user_id:
              oneOf:
              - type: string
              - type: integer
            subaccount_id: {type: integer}
            total_price: {type: string}
"""


def _line(start: str) -> int:
    """The line of OURS that starts, once indented, with ``start``."""
    (number,) = [n for n, line in enumerate(OURS.splitlines(), 1) if line.strip().startswith(start)]
    return number


def _new(**changes: object) -> dict:
    """ClickSend's way of writing what OURS says: /v3 in the paths, $refs, the header."""
    document: dict = {
        "openapi": "3.0.0",
        "info": {"title": "new"},
        "servers": [{"url": "https://rest.clicksend.com"}],
        "paths": {
            "/v3/sms/{message_id}/cancel": {
                "put": {
                    "parameters": [
                        {"$ref": "#/components/parameters/message_id"},
                        {"in": "header", "name": "Content-Type", "schema": {"type": "string"}},
                    ],
                    "responses": {"200": {"$ref": "#/components/responses/Cancelled"}},
                }
            },
            "/v3/sms/send": {
                "post": {
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Send"}}
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/SendAnswer"}
                                }
                            },
                        }
                    },
                }
            },
        },
        "components": {
            "parameters": {
                "message_id": {
                    "in": "path",
                    "name": "message_id",
                    "required": True,
                    "schema": {"type": "string"},
                }
            },
            "responses": {
                "Cancelled": {
                    "description": "ok",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"http_code": {"type": "integer"}},
                            }
                        }
                    },
                }
            },
            "schemas": {
                "Send": {
                    "type": "object",
                    "required": ["messages"],
                    "properties": {
                        "messages": {"type": "array", "items": {"$ref": "#/components/schemas/Msg"}}
                    },
                },
                "Msg": {
                    "type": "object",
                    "required": ["to", "body"],
                    "properties": {
                        "to": {"type": "string"},
                        "body": {"type": "string"},
                        "schedule": {"type": "integer"},
                    },
                },
                "SendAnswer": {
                    "allOf": [
                        {"type": "object", "properties": {"http_code": {"type": "integer"}}},
                        {
                            "type": "object",
                            "properties": {"data": {"$ref": "#/components/schemas/SendData"}},
                        },
                    ]
                },
                "SendData": {
                    "type": "object",
                    "properties": {
                        "user_id": {"type": "integer"},
                        "subaccount_id": {"type": "integer"},
                        "total_price": {"type": "string"},
                    },
                },
            },
        },
    }
    for where, value in changes.items():
        *parents, last = where.split("|")
        node = document
        for key in parents:
            node = node[key]
        if value is None:
            del node[last]
        else:
            node[last] = value
    return document


def _run(tmp_path: Path, new: dict | str, ours: str = OURS, *extra: str) -> tuple[int, str]:
    new_file, ours_file = tmp_path / "new.yaml", tmp_path / "ours.yaml"
    new_file.write_text(new if isinstance(new, str) else yaml.safe_dump(new), encoding="utf-8")
    ours_file.write_text(ours, encoding="utf-8")
    argv = [str(new_file), "--ours", str(ours_file), *extra]
    result = subprocess.run(
        [sys.executable, str(TOOLS / "spec_diff.py"), *argv],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in result.stderr
    return result.returncode, result.stdout + result.stderr


def _sections(output: str) -> tuple[str, str]:
    """Split the report into its accounted-for part and its new part."""
    known, _, fresh = output.partition("New, to review")
    return known, fresh


def test_same_operations_written_differently_are_the_same(tmp_path):
    """$refs, /v3 in paths, allOf and the removed op's Fix: nothing new, exit 0."""
    status, output = _run(tmp_path, _new())
    assert status == 0, output
    known, fresh = _sections(output)
    assert fresh == ""
    assert output.startswith("0 new difference(s) in 0 operation(s) to review; 3 accounted for")
    # The header our Fix explains, with the Fix's subject and line.
    assert "PUT /v3/sms/{message_id}/cancel" in known
    assert "added    parameter Content-Type (header, string)" in known
    assert (
        f"Fix (line {_line('# Fix: dropped')}): dropped the optional Content-Type header parameter"
        in known
    )
    # The type our schema widens, explained by the Fix on that schema.
    assert "response 200 field data.user_id: type integer in the new description, " in known
    assert "integer|string in ours" in known
    assert f"Fix (line {_line('# Fix: user_id')}): user_id" in known
    # The operation only we describe, explained by its Fix.
    assert "GET /v3/account/usage\n    removed  operation" in known


def test_a_new_parameter_is_new(tmp_path):
    """A parameter no Fix mentions is new: it is listed under its operation and exits 1."""
    send = _new()["paths"]["/v3/sms/send"]["post"]
    send["parameters"] = [{"in": "query", "name": "country", "schema": {"type": "string"}}]
    status, output = _run(tmp_path, _new(**{"paths|/v3/sms/send|post": send}))
    assert status == 1
    _, fresh = _sections(output)
    assert "POST /v3/sms/send\n    added    parameter country (query, string)" in fresh
    assert output.startswith("1 new difference(s) in 1 operation(s) to review")


def test_a_fix_on_another_field_or_operation_does_not_explain(tmp_path):
    """The user_id Fix does not cover subaccount_id; the Content-Type Fix only its operation."""
    data = _new()["components"]["schemas"]["SendData"]
    data["properties"]["subaccount_id"] = {"type": "string"}
    send = _new()["paths"]["/v3/sms/send"]["post"]
    send["parameters"] = [{"in": "header", "name": "Content-Type", "schema": {"type": "string"}}]
    status, output = _run(
        tmp_path,
        _new(**{"components|schemas|SendData": data, "paths|/v3/sms/send|post": send}),
    )
    assert status == 1
    _, fresh = _sections(output)
    assert "field data.subaccount_id: type string in the new description, integer in ours" in fresh
    assert "POST /v3/sms/send" in fresh
    assert "added    parameter Content-Type (header, string)" in fresh


def test_a_parameter_moved_to_another_location(tmp_path):
    """Same name, another location (here through a $ref parameter): one move."""
    moved = {"in": "query", "name": "message_id", "required": True, "schema": {"type": "string"}}
    status, output = _run(tmp_path, _new(**{"components|parameters|message_id": moved}))
    assert status == 1
    _, fresh = _sections(output)
    assert (
        "moved    parameter message_id: in query in the new description, in path in ours" in fresh
    )
    assert "parameter message_id (" not in fresh  # one move, not an addition and a removal


def test_type_and_required_changes_inside_referenced_schemas(tmp_path):
    """Changes two $refs deep (body items, answer data) are found and named by field path."""
    message = _new()["components"]["schemas"]["Msg"]
    message["properties"]["schedule"] = {"type": "string"}
    message["required"] = ["to"]
    answer = _new()["components"]["schemas"]["SendData"]
    answer["properties"]["total_price"] = {"type": "number"}
    answer["properties"]["currency"] = {"type": "object", "properties": {"code": {}}}
    status, output = _run(
        tmp_path, _new(**{"components|schemas|Msg": message, "components|schemas|SendData": answer})
    )
    assert status == 1
    _, fresh = _sections(output)
    assert (
        "changed  body field messages[].schedule: type string in the new description, "
        "integer in ours" in fresh
    )
    assert (
        "changed  body field messages[].body: optional in the new description, not in ours" in fresh
    )
    assert (
        "changed  response 200 field data.total_price: type number in the new description, "
        "string in ours" in fresh
    )
    # A new object is one addition, not one per field inside it.
    assert "added    response 200 field data.currency (object)" in fresh
    assert "data.currency.code" not in fresh


def test_removed_and_added_operations(tmp_path):
    """An operation gone from the new file with no Fix is new; one only in the new file too."""
    ours = OURS.replace(
        "    # Fix: only the older description has this operation: the answer is the envelope\n", ""
    )
    new = _new()
    new["paths"]["/v3/sms/history"] = {"get": {"responses": {"200": {"description": "ok"}}}}
    status, output = _run(tmp_path, new, ours)
    assert status == 1
    _, fresh = _sections(output)
    assert "GET /v3/account/usage\n    removed  operation" in fresh
    assert "GET /v3/sms/history\n    added    operation" in fresh


def test_a_trailing_slash_is_a_changed_path_and_a_fix_can_explain_it(tmp_path):
    """The operation is matched without its slash; a Fix naming the slash explains it."""
    paths = _new()["paths"]
    paths["/v3/sms/send/"] = paths.pop("/v3/sms/send")
    status, output = _run(tmp_path, _new(paths=paths))
    assert status == 1
    assert "changed  path: written /v3/sms/send/ in the new description" in _sections(output)[1]
    fixed = OURS.replace(
        "    post:\n      operationId: send_sms",
        "    # Fix: dropped the trailing slash: no other path has one\n"
        "    post:\n      operationId: send_sms",
    )
    status, output = _run(tmp_path, _new(paths=paths), fixed)
    assert status == 0, output


def test_new_only_leaves_out_what_fixes_explain(tmp_path):
    """--new-only prints the summary line alone when nothing is new."""
    status, output = _run(tmp_path, _new(), OURS, "--new-only")
    assert status == 0
    assert output.strip() == (
        "0 new difference(s) in 0 operation(s) to review; 3 accounted for by Fix comments. "
        "(added: only in the new description; removed: only in ours)"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read {path}: No such file or directory"),
        ("paths: [unclosed\n", "{path} is not valid YAML (line 2)"),
        ("just a string\n", "{path} is not an OpenAPI description: it has no paths"),
        ("swagger: '2.0'\npaths: {}\n", "{path} is not an OpenAPI 3 description"),
    ],
)
def test_unusable_files_are_one_line_and_exit_2(tmp_path, content, message):
    """Missing, unparsable or non-OpenAPI 3 files: one line on stderr, no traceback, exit 2."""
    new_file = tmp_path / "new.yaml"
    if content is not None:
        new_file.write_text(content, encoding="utf-8")
    (tmp_path / "ours.yaml").write_text(OURS, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            str(TOOLS / "spec_diff.py"),
            str(new_file),
            "--ours",
            str(tmp_path / "ours.yaml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"spec_diff: {message.format(path=new_file)}\n"


def test_fix_comments_are_attached_to_the_key_below_them():
    """A Fix above a method belongs to that operation; one above a schema to that schema."""
    index = spec_diff.read_fixes(OURS)
    assert [fix.subject for fix in index.by_operation["/sms/{message_id}/cancel", "put"]] == [
        "dropped the optional Content-Type header parameter"
    ]
    assert [fix.line for fix in index.by_schema["SendResponse"]] == [_line("# Fix: user_id")]
    assert index.by_path == {}

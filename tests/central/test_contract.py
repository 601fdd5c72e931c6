"""One wire format (ARCHITECTURE.md rule 3): the OpenAPI document of the central service
is generated from the pydantic models of kiosk/protocol/, which the kiosk client uses too.

- every schema the document gives a request or response body of an operation the kiosk
  (or an applicant at the kiosk) calls is the JSON schema of a kiosk/protocol model,
  compared in full, not by field names;
- wherever else a kiosk/protocol model appears, it is the same schema;
- the committed docs/openapi.json is the generated document (scripts/export-openapi.py):
  a change of either side without the other fails here.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import json
import pkgutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

import kiosk.protocol
from kiosk.protocol.models import (
    EnrollRequest,
    EnrollResponse,
    SignedManifest,
    SignedReceipt,
    UploadStatus,
)

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "docs" / "openapi.json"
REF = "#/components/schemas/"
# Made by FastAPI itself for the 422 of request validation; the service's handler answers
# kiosk.protocol.models.InvalidRequest, which conforms to it (the fuzz test checks it).
FRAMEWORK_SCHEMAS = {"HTTPValidationError", "ValidationError"}
# A liveness probe for monitoring: no body worth a model, and the kiosk does not call it.
NOT_PROTOCOL = {("get", "/v1/health")}
# The calls of kiosk/sync/client.py: what it sends and what it parses, per operation.
KIOSK_CALLS: dict[tuple[str, str], tuple[type[BaseModel] | None, type[BaseModel] | None]] = {
    ("post", "/v1/devices/enroll"): (EnrollRequest, EnrollResponse),
    ("put", "/v1/dossiers/{dossier_id}"): (SignedManifest, UploadStatus),
    ("get", "/v1/dossiers/{dossier_id}"): (None, UploadStatus),
    ("post", "/v1/dossiers/{dossier_id}/commit"): (None, UploadStatus),
    ("get", "/v1/dossiers/{dossier_id}/receipt"): (None, SignedReceipt),
    ("put", "/v1/dossiers/{dossier_id}/files/{file_index}/chunks/{n}"): (None, None),  # bytes in, 204 out
}


def _export_script() -> Any:
    spec = importlib.util.spec_from_file_location("export_openapi", ROOT / "scripts" / "export-openapi.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def export() -> Any:
    return _export_script()


@pytest.fixture(scope="module")
def document(export: Any, key_dir: Path) -> dict[str, Any]:
    return export.generated_document(key_dir)


def protocol_models() -> list[type[BaseModel]]:
    """Every pydantic model defined in a module of kiosk/protocol/."""
    found = []
    for info in pkgutil.iter_modules(kiosk.protocol.__path__):
        module = importlib.import_module(f"kiosk.protocol.{info.name}")
        found += [value for value in vars(module).values()
                  if inspect.isclass(value) and issubclass(value, BaseModel) and value is not BaseModel
                  and value.__module__ == module.__name__]
    return found


@pytest.fixture(scope="module")
def protocol_schemas() -> dict[str, Any]:
    """The JSON schemas of the protocol models, named as FastAPI names components (a model
    whose input and output schemas differ gives Name-Input and Name-Output)."""
    inputs = [(model, mode) for model in protocol_models() for mode in ("validation", "serialization")]
    _, top = models_json_schema(inputs, ref_template=REF + "{model}")
    return {name: _as_in_openapi(schema) for name, schema in top.get("$defs", {}).items()}


def _as_in_openapi(node: Any) -> Any:
    """What FastAPI's document keeps of a schema: no null values (`"default": null` goes),
    descriptions cut at a form feed."""
    if isinstance(node, dict):
        kept = {key: _as_in_openapi(value) for key, value in node.items() if value is not None}
        if isinstance(kept.get("description"), str):
            kept["description"] = kept["description"].split("\f")[0]
        return kept
    if isinstance(node, list):
        return [_as_in_openapi(value) for value in node]
    return node


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF):
            yield ref[len(REF):]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _body_schemas(operation: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(where, schema) of the request body and of every response body, JSON ones."""
    for media, content in operation.get("requestBody", {}).get("content", {}).items():
        if "json" in media:
            yield "request body", content.get("schema", {})
    for code, response in operation.get("responses", {}).items():
        for media, content in response.get("content", {}).items():
            if "json" in media:
                yield f"response {code}", content.get("schema", {})


def _closure(names: set[str], components: dict[str, Any]) -> set[str]:
    """The components named, and every one they refer to."""
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += _refs(components.get(name, {}))
    return seen


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                yield method, path, operation


def _staff_only(document: dict[str, Any], operation: dict[str, Any]) -> bool:
    """Called by IT staff or instruction agents (their own bearer tokens), not by the kiosk."""
    schemes = document.get("components", {}).get("securitySchemes", {})
    requirements = operation.get("security", document.get("security")) or []
    names = {name for requirement in requirements for name in requirement}
    return bool(names) and all(name in ("admin", "agent") or (schemes.get(name, {}).get("type") == "http"
                               and ("admin" in name or "agent" in name)) for name in names)


def test_kiosk_facing_bodies_are_protocol_models(document: dict[str, Any],
                                                 protocol_schemas: dict[str, Any]) -> None:
    components = document["components"]["schemas"]
    problems = []
    for method, path, operation in _operations(document):
        if _staff_only(document, operation) or (method, path) in NOT_PROTOCOL:
            continue
        for where, body in _body_schemas(operation):
            if not list(_refs(body)) and body:  # an inline schema: nobody's model
                problems.append(f"{method.upper()} {path} {where}: inline schema {json.dumps(body)[:80]}")
            for name in _closure(set(_refs(body)), components) - FRAMEWORK_SCHEMAS:
                if name not in protocol_schemas:
                    problems.append(f"{method.upper()} {path} {where}: {name} is not a kiosk/protocol model")
                elif components[name] != protocol_schemas[name]:
                    problems.append(f"{method.upper()} {path} {where}: {name} differs from the kiosk's")
    assert not problems, "\n".join(problems)


def test_protocol_models_are_the_same_wherever_they_appear(document: dict[str, Any],
                                                           protocol_schemas: dict[str, Any]) -> None:
    components = document["components"]["schemas"]
    shared = set(components) & set(protocol_schemas)
    assert {"SignedManifest", "UploadStatus", "EnrollRequest", "ErrorBody"} <= shared
    assert {name for name in shared if components[name] != protocol_schemas[name]} == set()


def test_the_kiosk_client_sends_and_parses_the_documented_models(document: dict[str, Any]) -> None:
    for (method, path), (sent, parsed) in KIOSK_CALLS.items():
        operation = document["paths"][path][method]
        body = operation.get("requestBody", {}).get("content", {})
        if sent is None:
            assert "application/json" not in body, (method, path)
        else:
            assert body["application/json"]["schema"] == {"$ref": f"{REF}{sent.__name__}"}, (method, path)
        success = [code for code in operation["responses"] if code.startswith("2")]
        assert len(success) == 1, (method, path, success)
        content = operation["responses"][success[0]].get("content", {})
        if parsed is None:
            assert success == ["204"] and not content, (method, path)
        else:
            schema = content["application/json"]["schema"]
            assert schema == {"$ref": f"{REF}{parsed.__name__}"}, (method, path)


def test_the_committed_document_is_the_generated_one(export: Any, document: dict[str, Any]) -> None:
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    difference = export.first_difference(committed, document)
    assert difference is None, f"docs/openapi.json is out of date ({difference}): scripts/export-openapi.py"
    assert COMMITTED.read_text(encoding="utf-8") == export.render(document)  # as the script writes it

#!/usr/bin/env python3
"""Write the central service's OpenAPI document to docs/openapi.json, or check it.

The document is generated from the code: the FastAPI routes of central/ and the wire
models of kiosk/protocol/ (ARCHITECTURE.md rule 3). The committed copy shows kiosk
implementers and reviewers the wire format; tests/central/test_contract.py fails when it
is out of date, so a change of the protocol shows up in the diff.

Usage: scripts/export-openapi.py [--check] [--out PATH]
  --check   exit 1 (with the first difference) if the file is not the generated document
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from central.app import create_app  # noqa: E402  (after the path set-up)
from central.config import CentralSettings  # noqa: E402

TARGET = ROOT / "docs" / "openapi.json"


def generated_document(key_dir: Path | None = None) -> dict[str, Any]:
    """The document of the code as it is; `key_dir` spares making keys (tests pass theirs)."""
    with tempfile.TemporaryDirectory(prefix="escale-openapi-") as folder:
        root = Path(folder)
        app = create_app(CentralSettings(database_url=f"sqlite:///{root / 'central.db'}",
                                         storage_dir=root / "storage", key_dir=key_dir or root / "keys"))
        try:
            return app.openapi()
        finally:
            app.state.central.db.close()


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def first_difference(old: Any, new: Any, where: str = "") -> str | None:
    if type(old) is not type(new):
        return f"{where or '/'}: {type(old).__name__} in the file, {type(new).__name__} generated"
    if isinstance(old, dict):
        for key in sorted(set(old) | set(new)):
            if key not in old or key not in new:
                return f"{where}/{key}: {'only generated' if key not in old else 'only in the file'}"
            found = first_difference(old[key], new[key], f"{where}/{key}")
            if found:
                return found
        return None
    if isinstance(old, list):
        if len(old) != len(new):
            return f"{where}: {len(old)} items in the file, {len(new)} generated"
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            found = first_difference(a, b, f"{where}/{index}")
            if found:
                return found
        return None
    return None if old == new else f"{where}: {old!r} in the file, {new!r} generated"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--out", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    document = generated_document()
    if args.check:
        try:
            committed = json.loads(args.out.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"export-openapi: cannot read {args.out}: {exc}", file=sys.stderr)
            return 1
        difference = first_difference(committed, document)
        if difference:
            print(f"export-openapi: {args.out} is out of date ({difference}); run scripts/export-openapi.py",
                  file=sys.stderr)
            return 1
        return 0
    args.out.write_text(render(document), encoding="utf-8")
    print(f"export-openapi: wrote {args.out} ({len(document.get('paths', {}))} paths)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

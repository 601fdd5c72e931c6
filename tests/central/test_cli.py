"""The `central` commands: the machine contract of ARCHITECTURE.md, and serving."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from central.cli import add_central_parser, run_central


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict], str]:
    parser = argparse.ArgumentParser(prog="kiosk")
    add_central_parser(parser.add_subparsers(dest="command"))
    code = run_central(parser.parse_args(argv))
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def test_dossiers_lists_the_hashes_of_the_decrypted_files(service, kiosk, capsys) -> None:
    sealed = kiosk.seal()
    kiosk.deposit(sealed)
    waiting = kiosk.seal()
    kiosk.put_manifest(waiting)
    code, lines, _ = run(["central", "dossiers", "--db", service.settings.database_url], capsys)
    assert code == 0
    found = {line["id"]: line for line in lines}
    expected = [{"name": name, "sha256": hashlib.sha256(data).hexdigest()}
                for name, data in sealed.plaintexts.items()]
    assert found[sealed.id] == {"id": sealed.id, "state": "deposited", "files": expected}
    assert found[waiting.id]["state"] == "receiving"
    assert all(f["sha256"] is None for f in found[waiting.id]["files"])


def test_enroll_code_then_revoke(service, new_kiosk, capsys) -> None:
    db = service.settings.database_url
    code, lines, _ = run(["central", "enroll-code", "--db", db], capsys)
    assert code == 0 and set(lines[0]) == {"code", "expires_at"}
    kiosk = new_kiosk(enroll=False)
    assert kiosk.enroll(lines[0]["code"]).status_code == 200
    code, lines, _ = run(["central", "--db", db, "devices"], capsys)
    assert code == 0 and kiosk.device_id in {line["id"] for line in lines}
    code, lines, _ = run(["central", "revoke", kiosk.device_id, "--db", db], capsys)
    assert code == 0 and lines[0]["id"] == kiosk.device_id
    assert kiosk.status(kiosk.device_id).status_code == 403


def test_bad_input_exits_2_with_one_line(service, tmp_path, capsys) -> None:
    db = service.settings.database_url
    for argv in (["central", "dossiers", "--db", str(tmp_path / "nowhere.db")],
                 ["central", "revoke", "not-an-id", "--db", db],
                 ["central", "revoke", "00000000-0000-4000-8000-000000000000", "--db", db],
                 ["central", "enroll-code", "--ttl-hours", "0", "--db", db],
                 ["central", "dossiers", "--db", "nosuchdriver://x"]):
        code, lines, err = run(argv, capsys)
        assert code == 2 and lines == [], argv
        assert err.startswith("central: ") and err.count("\n") == 1, err


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_runs_uvicorn_until_terminated(tmp_path: Path, key_dir: Path) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ESCALE_CENTRAL_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "central", "--db", str(tmp_path / "c.db"), "--port", str(port),
         "--storage", str(tmp_path / "storage"), "--keys", str(key_dir)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=Path(__file__).parents[2])
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.communicate()[1].decode()
                assert time.monotonic() < deadline, "the service did not come up"
                time.sleep(0.05)
        assert response.json() == {"status": "ok", "protocol": 1}
        assert httpx.get(f"http://127.0.0.1:{port}/v1/admin/devices").status_code == 403  # no token
    finally:
        process.terminate()
        _, err = process.communicate(timeout=10)
    # uvicorn shuts down cleanly, then re-raises SIGTERM so the exit status tells the signal.
    assert process.returncode in (0, -signal.SIGTERM), err.decode()
    assert b"Application shutdown complete" in err
    assert b"admin API disabled" in err

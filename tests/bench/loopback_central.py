"""The central service in its own process on loopback, for the benchmarks (not a benchmark).

`CentralProcess(root, db_url)` starts `create_app` + `BackgroundServer` (uvicorn, warnings
only) in a child Python process, so the caller's CPU time and memory are the kiosk's
alone. The child also serves `PUT /bench/sink`, which reads the body and answers 204: the
HTTP stack's own ceiling, for baselines. Enrollment codes come from the admin API.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from types import TracebackType

import httpx

REPO = Path(__file__).resolve().parents[2]
ADMIN_TOKEN = "admin-token-for-the-benchmarks-0123456789"
SINK_PATH = "/bench/sink"

_SERVER = textwrap.dedent("""
    import sys
    from pathlib import Path

    from fastapi import Request, Response

    from central.app import create_app
    from central.config import CentralSettings
    from central.server import BackgroundServer

    root, token, db_url, sink_path = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    settings = CentralSettings(database_url=db_url or f"sqlite:///{root / 'central.db'}",
                               storage_dir=root / "storage", key_dir=root / "keys", admin_token=token)
    app = create_app(settings)

    async def sink(request: Request) -> Response:
        await request.body()  # read whole, as the chunk route does
        return Response(status_code=204)

    app.add_api_route(sink_path, sink, methods=["PUT"], max_body_size=8 * 1024 * 1024,
                      include_in_schema=False)
    with BackgroundServer(app) as server:
        print(server.url, flush=True)
        sys.stdin.read()  # serve until the parent closes our standard input
""")


def vm_kib(pid: int | str, field: str) -> int:
    """A VmRSS/VmHWM-like field of /proc/<pid>/status, in KiB (0 where /proc is missing)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class CentralProcess:
    def __init__(self, root: Path, db_url: str = "") -> None:
        self.root = root
        self.db_url = db_url
        self.url = ""
        self._process: subprocess.Popen[str] | None = None

    def start(self) -> str:
        self.root.mkdir(parents=True, exist_ok=True)
        self._process = subprocess.Popen(
            [sys.executable, "-c", _SERVER, str(self.root), ADMIN_TOKEN, self.db_url, SINK_PATH], cwd=REPO,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self._process.stdout is not None
        self.url = self._process.stdout.readline().strip()  # RSA keys made on first start: seconds
        if not self.url.startswith("http://"):
            self.stop()
            raise RuntimeError("the central service did not start")
        return self.url

    @property
    def pid(self) -> int:
        assert self._process is not None
        return self._process.pid

    def peak_rss_mb(self) -> float:
        return vm_kib(self.pid, "VmHWM") / 1024

    def admin(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
                            timeout=httpx.Timeout(60.0))

    def enrollment_codes(self, count: int) -> list[str]:
        with self.admin() as admin:
            codes = []
            for _ in range(count):
                response = admin.post("/v1/admin/enrollment-codes")
                response.raise_for_status()
                codes.append(str(response.json()["code"]))
        return codes

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        try:
            if process.stdin:
                process.stdin.close()
            process.wait(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            if process.stdout:
                process.stdout.close()

    def __enter__(self) -> CentralProcess:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.stop()

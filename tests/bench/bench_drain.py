"""Draining the kiosk's queue: N ready dossiers of 3 files × 1 MB sealed and sent to the
central service on loopback by `SyncEngine.run_once`, with the kiosk's peak memory.

    .venv/bin/python tests/bench/bench_drain.py [--quick] [--dossiers N] [--runs R] [--db URL]

The central service (create_app + uvicorn, SQLite unless --db) runs in its own process.
Each round queues N fresh dossiers in a new kiosk data folder (enrolled with a one-time
code; three 1 MB noise PNGs each, unique bytes, added through the DossierStore as a
deposit does), then a child process, the kiosk alone, runs `SyncEngine.run_once` once:
it seals every dossier (timed apart: `_seal_each`, on its own thread) and sends each as
soon as it is sealed (`send_due`, at the same time: manifest, chunks of --chunk-size,
commit, receipt checked); both halves overlap, so their times add up to more than the
pass. The child reports its time, its peak RSS (VmHWM: the kiosk's own, the service is
another process), its CPU time and the outbox: every
dossier must be deposited with a receipt that verifies. The service's CPU time during the
drain and the load average after it are reported too (the machine may be shared).

Baseline, in the same round: the same number of PUTs with bodies of the same sizes, sent
with one httpx client to `PUT /bench/sink` of the same server (reads the body, answers
204): loopback HTTP with this stack, no signing, hashing, disk or database.

Throughput counts the plaintext MB of the files (10^6 bytes). Figures are medians over the
rounds with their spread. Targets (the issue): >= 50 MB/s and peak RSS <= 250 MB.
Prints a summary and one JSON line; exits 1 when a target is missed or a dossier is not
deposited. `--quick`: 20 dossiers, 2 rounds.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import httpx
from loopback_central import SINK_PATH, CentralProcess, vm_kib
from PIL import Image

from kiosk.procedure.answers import flatten
from kiosk.procedure.definition import default_procedure
from kiosk.procedure.engine import Evaluation
from kiosk.protocol.models import SignedReceipt
from kiosk.store.dossiers import DossierStore
from kiosk.store.models import DEPOSITED
from kiosk.sync.client import CentralClient, enroll_kiosk
from kiosk.sync.keys import CentralTrust, DeviceIdentity
from kiosk.sync.sealing import DEFAULT_CHUNK_SIZE, NONCE_SIZE, TAG_SIZE, answers_bytes
from kiosk.sync.worker import Progress, SyncEngine, SyncReport

TARGET_MB_S = 50.0
TARGET_RSS_MB = 250.0
REQUIREMENTS = ("passport", "proof_of_address", "marriage_certificate")  # one file each
TIMEOUT = httpx.Timeout(120.0)


# -- queueing dossiers ---------------------------------------------------------------------
def noise_png(path: Path, size: int) -> Path:
    """A PNG of random pixels (incompressible, stored): about `size` bytes."""
    side = int((size / 3) ** 0.5)
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(path, compress_level=0)
    return path


def queue_dossiers(store: DossierStore, count: int, file_bytes: int, scans: Path) -> list[int]:
    """`count` ready dossiers as a deposit leaves them; returns each sealed file's size."""
    procedure = default_procedure()
    answers = Evaluation(procedure, flatten(_demo_answers(), procedure), date.today()).kept_answers()
    sizes: list[int] = []
    scans.mkdir(exist_ok=True)
    for _ in range(count):
        dossier_id = store.create_draft(procedure.id, procedure.version)
        for requirement in REQUIREMENTS:
            path = noise_png(scans / f"{requirement}.png", file_bytes)
            store.add_attachment(dossier_id, requirement, path)
        record = store.mark_ready(dossier_id, {"answers": answers})
        sizes.append(len(answers_bytes(record)) + NONCE_SIZE + TAG_SIZE)
        sizes.extend(a.size + NONCE_SIZE + TAG_SIZE for a in record.attachments)
    return sizes


def _demo_answers() -> dict[str, Any]:
    from kiosk.deposit.demo import DEMO_ANSWERS

    return DEMO_ANSWERS


# -- the kiosk, alone in a child process -----------------------------------------------------
class TimedEngine(SyncEngine):
    """The kiosk's engine, timing the two halves of its pass (run_once runs them side by
    side: sealing on its own thread, sending each dossier once it is sealed)."""

    seal_seconds = 0.0
    send_seconds = 0.0

    def _seal_each(self, report: SyncReport, feed: Any = None) -> None:
        started = time.perf_counter()
        super()._seal_each(report, feed)
        self.seal_seconds += time.perf_counter() - started

    def send_due(self, report: SyncReport, on_progress: Progress | None = None, *,
                 feed: Any = None) -> None:
        started = time.perf_counter()
        super().send_due(report, on_progress, feed=feed)
        self.send_seconds += time.perf_counter() - started


def drain_child(data_dir: Path, chunk_size: int) -> dict[str, Any]:
    rss_before = vm_kib("self", "VmRSS") / 1024
    device = DeviceIdentity.load_or_create(data_dir)
    trust = CentralTrust.load(data_dir)
    assert trust is not None, "the kiosk is not enrolled"
    with DossierStore(data_dir) as store, CentralClient(trust.base_url, device, trust.device_id,
                                                         timeout=TIMEOUT) as client:
        engine = TimedEngine(store, data_dir, device, trust, client, chunk_size=chunk_size)
        started = time.perf_counter()
        report = engine.run_once()
        seconds = time.perf_counter() - started
        rows = store.outbox.list()
        verified = sum(1 for row in rows if row.state == DEPOSITED and row.receipt_json is not None
                       and trust.verify_receipt(SignedReceipt.model_validate_json(row.receipt_json)))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"run_once_s": seconds, "seal_s": engine.seal_seconds, "send_s": engine.send_seconds,
            "kiosk_cpu_s": usage.ru_utime + usage.ru_stime,
            "report": report.as_json(), "rows": len(rows), "receipts_verified": verified,
            "rss_before_mb": rss_before, "peak_rss_mb": vm_kib("self", "VmHWM") / 1024,
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_drain_child(data_dir: Path, chunk_size: int) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--child-drain", str(data_dir),
                           "--chunk-size", str(chunk_size)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the drain child failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far, from /proc (0 where it is missing)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


# -- the baseline: plain PUTs of the same sizes to a sink on the same server --------------------
def baseline_seconds(url: str, sizes: list[int], chunk_size: int) -> float:
    bodies = {size: os.urandom(size) for size in {min(chunk_size, s) for s in sizes}
              | {s % chunk_size for s in sizes if s % chunk_size}}
    lengths = []
    for size in sizes:
        full, rest = divmod(size, chunk_size)
        lengths.extend([chunk_size] * full + ([rest] if rest else []))
    with httpx.Client(base_url=url, timeout=TIMEOUT) as client:
        client.put(SINK_PATH, content=bodies[lengths[0]])  # connection up
        started = time.perf_counter()
        for length in lengths:
            response = client.put(SINK_PATH, content=bodies[length],
                                  headers={"Content-Type": "application/octet-stream"})
            if response.status_code != 204:
                raise RuntimeError(f"sink answered {response.status_code}")
        return time.perf_counter() - started


# -- the rounds -----------------------------------------------------------------------------
def one_round(central: CentralProcess, root: Path, dossiers: int, file_bytes: int,
              chunk_size: int) -> dict[str, Any]:
    data_dir = root / "kiosk"
    try:
        trust = enroll_kiosk(data_dir, central.url, central.enrollment_codes(1)[0], "Guichet bench",
                             timeout=TIMEOUT)
        assert trust.base_url == central.url
        started = time.perf_counter()
        with DossierStore(data_dir) as store:
            sizes = queue_dossiers(store, dossiers, file_bytes, root / "scans")
            plaintext = sum(a.size for r in store.list_dossiers() for a in r.attachments)
        queue_s = time.perf_counter() - started
        base_s = baseline_seconds(central.url, sizes, chunk_size)
        central_cpu = cpu_seconds(central.pid)
        drained = run_drain_child(data_dir, chunk_size)
        drained.update(queue_s=queue_s, baseline_s=base_s, plaintext_bytes=plaintext,
                       central_cpu_s=cpu_seconds(central.pid) - central_cpu, load=os.getloadavg()[0],
                       sent_bytes=sum(sizes),
                       requests=sum(math.ceil(s / chunk_size) for s in sizes) + 2 * dossiers)
        return drained
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
        shutil.rmtree(root / "scans", ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3, help="rounds (default 3)")
    parser.add_argument("--file-mb", type=float, default=1.0, help="size of each file, 10^6 bytes")
    parser.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE,
                        help="bytes (default: the kiosk's, kiosk.sync.sealing.DEFAULT_CHUNK_SIZE)")
    parser.add_argument("--db", default="", help="the service's database URL (default: SQLite file)")
    parser.add_argument("--quick", action="store_true", help="20 dossiers, 2 rounds")
    parser.add_argument("--child-drain", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_drain:
        print(json.dumps(drain_child(args.child_drain, args.chunk_size)))
        return 0
    if args.quick:
        args.dossiers, args.runs = min(args.dossiers, 20), min(args.runs, 2)

    rounds: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="escale-bench-drain-") as temp:
        root = Path(temp)
        with CentralProcess(root / "central", args.db) as central:
            for n in range(args.runs):
                rounds.append(one_round(central, root / f"round-{n}", args.dossiers,
                                        int(args.file_mb * 1e6), args.chunk_size))
                print(f"round {n + 1}/{args.runs}: run_once {rounds[-1]['run_once_s']:.2f} s, "
                      f"baseline {rounds[-1]['baseline_s']:.2f} s", file=sys.stderr)
            server_peak_rss = central.peak_rss_mb()

    def med(key: str) -> float:
        return statistics.median(r[key] for r in rounds)

    def spread(values: list[float]) -> str:
        return f"{min(values):.1f}-{max(values):.1f}"

    plaintext_mb = rounds[0]["plaintext_bytes"] / 1e6
    mb_s = [r["plaintext_bytes"] / 1e6 / r["run_once_s"] for r in rounds]
    send_mb_s = [r["plaintext_bytes"] / 1e6 / r["send_s"] for r in rounds]
    seal_mb_s = [r["plaintext_bytes"] / 1e6 / r["seal_s"] for r in rounds]
    base_mb_s = [r["sent_bytes"] / 1e6 / r["baseline_s"] for r in rounds]
    dossiers_s = [args.dossiers / r["run_once_s"] for r in rounds]
    peak = max(r["peak_rss_mb"] for r in rounds)
    all_deposited = all(r["report"]["deposited"] == args.dossiers
                        and r["receipts_verified"] == args.dossiers for r in rounds)
    requests = rounds[0]["requests"]

    print(f"drain: {args.dossiers} dossiers x {len(REQUIREMENTS)} files, {plaintext_mb:.1f} MB of files, "
          f"{requests} requests, chunks of {args.chunk_size // 1024} KiB; medians of {args.runs} rounds "
          f"(min-max); {os.cpu_count()} cores")
    print(f"  run_once (seal + send):   {statistics.median(mb_s):7.1f} MB/s ({spread(mb_s)})  "
          f"{statistics.median(dossiers_s):6.1f} dossiers/s ({spread(dossiers_s)})  "
          f"{med('run_once_s'):.2f} s")
    print(f"    sealing (_seal_each):   {statistics.median(seal_mb_s):7.1f} MB/s ({spread(seal_mb_s)})  "
          f"{med('seal_s'):.2f} s")
    print(f"    sending (send_due):     {statistics.median(send_mb_s):7.1f} MB/s ({spread(send_mb_s)})  "
          f"{args.dossiers / med('send_s'):6.1f} dossiers/s  {med('send_s'):.2f} s")
    print(f"  baseline, plain PUTs of the same sizes to a sink on the same server: "
          f"{statistics.median(base_mb_s):.1f} MB/s ({spread(base_mb_s)}); "
          f"sending / baseline = {statistics.median(send_mb_s) / statistics.median(base_mb_s):.2f}")
    print(f"  kiosk peak RSS (VmHWM): {peak:.1f} MB (max over rounds; {med('rss_before_mb'):.1f} MB after "
          f"imports); central service peak RSS: {server_peak_rss:.1f} MB")
    print(f"  CPU time of the drain: kiosk {med('kiosk_cpu_s'):.1f} s, central service "
          f"{med('central_cpu_s'):.1f} s; load average (1 min) after each drain: "
          + ", ".join(f"{r['load']:.1f}" for r in rounds))
    print(f"  deposited with a verified receipt: {[r['receipts_verified'] for r in rounds]} "
          f"of {args.dossiers}; "
          f"queueing the dossiers (not timed above): {med('queue_s'):.1f} s")
    missed = []
    if statistics.median(mb_s) < TARGET_MB_S:
        missed.append(f"run_once {statistics.median(mb_s):.1f} MB/s < {TARGET_MB_S}")
    if peak > TARGET_RSS_MB:
        missed.append(f"peak RSS {peak:.1f} MB > {TARGET_RSS_MB}")
    if not all_deposited:
        missed.append("not every dossier was deposited with a verified receipt: "
                      + json.dumps([r["report"] for r in rounds]))
    def seconds(key: str) -> list[float]:
        return [round(r[key], 2) for r in rounds]

    print(json.dumps({
        "bench": "drain", "dossiers": args.dossiers, "files_per_dossier": len(REQUIREMENTS),
        "plaintext_mb": round(plaintext_mb, 2), "chunk_size": args.chunk_size, "requests": requests,
        "rounds": args.runs, "db": "postgresql" if args.db.startswith("postgres") else "sqlite",
        "mb_s": round(statistics.median(mb_s), 1), "mb_s_spread": [round(min(mb_s), 1), round(max(mb_s), 1)],
        "dossiers_s": round(statistics.median(dossiers_s), 2),
        "seal_mb_s": round(statistics.median(seal_mb_s), 1),
        "send_mb_s": round(statistics.median(send_mb_s), 1),
        "baseline_mb_s": round(statistics.median(base_mb_s), 1),
        "run_once_s": seconds("run_once_s"), "seal_s": seconds("seal_s"), "send_s": seconds("send_s"),
        "baseline_s": seconds("baseline_s"), "queue_s": seconds("queue_s"),
        "kiosk_cpu_s": seconds("kiosk_cpu_s"), "central_cpu_s": seconds("central_cpu_s"),
        "load": seconds("load"),
        "kiosk_peak_rss_mb": round(peak, 1), "central_peak_rss_mb": round(server_peak_rss, 1),
        "receipts_verified": [r["receipts_verified"] for r in rounds],
        "reports": [r["report"] for r in rounds],
        "targets": {"mb_s": TARGET_MB_S, "rss_mb": TARGET_RSS_MB}, "missed": missed,
    }))
    if missed:
        print("target missed: " + "; ".join(missed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Central intake under concurrent deposits: K enrolled kiosks (one process each) send
their sealed dossiers at the same time to the central service in its own process.

    .venv/bin/python tests/bench/bench_intake.py [--quick] [--kiosks K] [--dossiers D]
                                                 [--runs R] [--db URL]

PostgreSQL: `eval "$(scripts/start-postgres.sh)"`, then `--db "$ESCALE_TEST_POSTGRES_URL"`
(default: an SQLite file). Each of the K kiosks (default 20) is a real kiosk data folder,
enrolled with a one-time code through `enroll_kiosk`, holding D dossiers per round (3 noise
PNGs of --file-kb each, sealed beforehand by `seal_dossier`: sealing is not timed). In a
round every kiosk process starts at the same instant and deposits its dossiers one after
the other with its own `CentralClient`, as the sync worker does: PUT manifest, PUT each
chunk (256 KiB), POST commit, then checks the receipt (signature, manifest digest, ids).

Reports requests/s over the round (all requests / wall time, median over rounds with
spread), latency per request kind (p50/p95/p99 pooled over all rounds), errors (must be
0) and the receipts verified (must be all). Prints a summary and one JSON line; exits 1 on
any error or unverified receipt. `--quick`: 5 dossiers per kiosk, 2 rounds.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import httpx
from bench_drain import queue_dossiers  # the drain's dossiers (here with smaller files)
from loopback_central import CentralProcess

from kiosk.protocol.models import CHUNK_SIZE
from kiosk.store.dossiers import DossierStore
from kiosk.sync.client import CentralClient, enroll_kiosk
from kiosk.sync.keys import CentralTrust, DeviceIdentity
from kiosk.sync.sealing import read_chunk, read_manifest, seal_dossier

KINDS = ("manifest", "chunk", "commit")
TIMEOUT = httpx.Timeout(120.0)
REQUIREMENTS = ("passport", "proof_of_address", "marriage_certificate")


# -- preparing the kiosks (serially, untimed) --------------------------------------------------
def prepare_kiosk(root: Path, central: CentralProcess, code: str, name: str, dossiers: int,
                  file_bytes: int) -> list[str]:
    """An enrolled kiosk with `dossiers` sealed dossiers in its outbox; returns their ids."""
    data_dir = root / name
    trust = enroll_kiosk(data_dir, central.url, code, name, timeout=TIMEOUT)
    device = DeviceIdentity.load_or_create(data_dir)
    with DossierStore(data_dir) as store:
        queue_dossiers(store, dossiers, file_bytes, root / f"{name}-scans")
        ids = []
        for record in store.list_dossiers("ready"):
            seal_dossier(record, store, data_dir / "outbox", device, trust, trust.device_id)
            ids.append(record.id)
    return ids


# -- one kiosk depositing (a child process) ------------------------------------------------------
def deposit_all(data_dir: str, dossier_ids: list[str], start_at: float) -> dict[str, Any]:
    folder = Path(data_dir)
    device = DeviceIdentity.load_or_create(folder)
    trust = CentralTrust.load(folder)
    assert trust is not None
    outbox = folder / "outbox"
    latencies: dict[str, list[float]] = {kind: [] for kind in KINDS}
    errors: list[str] = []
    verified = 0
    with CentralClient(trust.base_url, device, trust.device_id, timeout=TIMEOUT) as client:
        delay = start_at - time.time()
        if delay > 0:
            time.sleep(delay)
        began = time.time()  # wall clock: comparable across the kiosk processes
        for dossier_id in dossier_ids:
            signed = read_manifest(outbox, dossier_id)
            manifest = signed.manifest
            try:
                begun = time.perf_counter()
                status = client.put_manifest(signed)
                latencies["manifest"].append(time.perf_counter() - begun)
                for index, chunks in sorted(status.missing.items()):
                    for n in chunks:
                        data = read_chunk(outbox, dossier_id, index, n, manifest.chunk_size)
                        begun = time.perf_counter()
                        client.put_chunk(dossier_id, index, n, data)
                        latencies["chunk"].append(time.perf_counter() - begun)
                begun = time.perf_counter()
                status = client.commit(dossier_id)
                latencies["commit"].append(time.perf_counter() - begun)
            except Exception as exc:  # counted, reported by type: the run must show none
                errors.append(f"{type(exc).__name__}: {str(exc)[:200]}")
                continue
            receipt = status.receipt
            if (status.state == "deposited" and receipt is not None and trust.verify_receipt(receipt)
                    and receipt.receipt.manifest_sha256 == manifest.digest()
                    and receipt.receipt.dossier_id == dossier_id
                    and receipt.receipt.device_id == trust.device_id):
                verified += 1
            else:
                errors.append(f"receipt of {dossier_id} does not verify (state {status.state})")
        ended = time.time()
    return {"latencies": latencies, "errors": errors, "verified": verified, "began": began, "ended": ended}


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kiosks", type=int, default=20)
    parser.add_argument("--dossiers", type=int, default=10, help="per kiosk and round (default 10)")
    parser.add_argument("--runs", type=int, default=3, help="rounds (default 3)")
    parser.add_argument("--file-kb", type=float, default=300.0, help="size of each file, 10^3 bytes")
    parser.add_argument("--db", default="", help="the service's database URL (default: SQLite file)")
    parser.add_argument("--quick", action="store_true", help="5 dossiers per kiosk, 2 rounds")
    args = parser.parse_args()
    if args.quick:
        args.dossiers, args.runs = min(args.dossiers, 5), min(args.runs, 2)

    load_before = os.getloadavg()
    rounds: list[dict[str, Any]] = []
    pooled: dict[str, list[float]] = {kind: [] for kind in KINDS}
    with tempfile.TemporaryDirectory(prefix="escale-bench-intake-") as temp:
        root = Path(temp)
        with CentralProcess(root / "central", args.db) as central:
            prepared = time.perf_counter()
            codes = central.enrollment_codes(args.kiosks)
            kiosks = {}
            for n, code in enumerate(codes):
                name = f"kiosk-{n:02d}"
                kiosks[name] = prepare_kiosk(root, central, code, name, args.dossiers * args.runs,
                                             int(args.file_kb * 1000))
            print(f"prepared {args.kiosks} kiosks x {args.dossiers * args.runs} sealed dossiers in "
                  f"{time.perf_counter() - prepared:.1f} s", file=sys.stderr)
            context = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(max_workers=args.kiosks, mp_context=context) as pool:
                # Warm the processes up (imports) before the first timed round.
                list(pool.map(_warm, range(args.kiosks)))
                for r in range(args.runs):
                    start_at = time.time() + 1.0
                    jobs = [pool.submit(deposit_all, str(root / name),
                                        ids[r * args.dossiers:(r + 1) * args.dossiers], start_at)
                            for name, ids in kiosks.items()]
                    results = [job.result() for job in jobs]
                    wall = max(res["ended"] for res in results) - min(res["began"] for res in results)
                    requests = sum(len(res["latencies"][kind]) for res in results for kind in KINDS)
                    every = [t for res in results for kind in KINDS for t in res["latencies"][kind]]
                    for kind in KINDS:
                        pooled[kind].extend(t for res in results for t in res["latencies"][kind])
                    rounds.append({
                        "wall_s": wall, "requests": requests, "requests_s": requests / wall,
                        "dossiers_s": sum(res["verified"] for res in results) / wall,
                        "p95_ms": percentile(every, 0.95) * 1000 if every else float("nan"),
                        "errors": [e for res in results for e in res["errors"]],
                        "verified": sum(res["verified"] for res in results),
                    })
                    print(f"round {r + 1}/{args.runs}: {requests} requests in {wall:.2f} s", file=sys.stderr)
            server_peak_rss = central.peak_rss_mb()
    load_after = os.getloadavg()

    total_dossiers = args.kiosks * args.dossiers
    req_s = [r["requests_s"] for r in rounds]
    dos_s = [r["dossiers_s"] for r in rounds]
    p95s = [r["p95_ms"] for r in rounds]
    errors = [e for r in rounds for e in r["errors"]]
    verified = [r["verified"] for r in rounds]
    db = "postgresql" if args.db.startswith("postgres") else "sqlite"
    print(f"intake: {args.kiosks} kiosks (processes) x {args.dossiers} dossiers per round, 3 files of "
          f"{args.file_kb:g} kB, chunks of {CHUNK_SIZE // 1024} KiB; {db}; medians of {args.runs} rounds "
          f"(min-max); {os.cpu_count()} cores, load average {load_before[0]:.1f} -> {load_after[0]:.1f}")
    print(f"  requests/s: {statistics.median(req_s):.1f} ({min(req_s):.1f}-{max(req_s):.1f}); "
          f"dossiers/s: {statistics.median(dos_s):.1f} ({min(dos_s):.1f}-{max(dos_s):.1f}); "
          f"p95 of all requests per round: {statistics.median(p95s):.1f} ms "
          f"({min(p95s):.1f}-{max(p95s):.1f})")
    latency: dict[str, dict[str, float]] = {}
    for kind in KINDS:
        values = pooled[kind]
        if not values:
            continue
        latency[kind] = {"count": len(values), **{f"p{q}_ms": round(percentile(values, q / 100) * 1000, 1)
                                                  for q in (50, 95, 99)}}
        print(f"  {kind:<8} {len(values):6d} requests  p50 {latency[kind]['p50_ms']:7.1f} ms  "
              f"p95 {latency[kind]['p95_ms']:7.1f} ms  p99 {latency[kind]['p99_ms']:7.1f} ms")
    print(f"  errors: {len(errors)}; receipts verified: {verified} of {total_dossiers} per round; "
          f"central service peak RSS {server_peak_rss:.1f} MB")
    for error in sorted(set(errors))[:10]:
        print(f"    {error}")
    ok = not errors and all(v == total_dossiers for v in verified)
    print(json.dumps({
        "bench": "intake", "kiosks": args.kiosks, "dossiers_per_kiosk": args.dossiers, "rounds": args.runs,
        "file_kb": args.file_kb, "chunk_size": CHUNK_SIZE, "db": db,
        "requests_s": round(statistics.median(req_s), 1), "requests_s_spread": [round(min(req_s), 1),
                                                                                round(max(req_s), 1)],
        "dossiers_s": round(statistics.median(dos_s), 2), "p95_ms_per_round": [round(p, 1) for p in p95s],
        "latency": latency, "errors": len(errors), "error_samples": sorted(set(errors))[:10],
        "receipts_verified": verified, "expected_per_round": total_dossiers,
        "central_peak_rss_mb": round(server_peak_rss, 1),
        "loadavg": [round(load_before[0], 2), round(load_after[0], 2)], "ok": ok,
    }))
    if not ok:
        print(f"failed: {len(errors)} errors, receipts verified {verified} of {total_dossiers}",
              file=sys.stderr)
        return 1
    return 0


def _warm(_n: int) -> int:
    return os.getpid()


if __name__ == "__main__":
    sys.exit(main())

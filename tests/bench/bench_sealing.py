"""Sealing throughput: a dossier of 3 files × 8 MiB through the real path, against the raw
AES-GCM speed of `cryptography` on the same bytes, and against the least work sealing
must do, all measured in the same run.

    .venv/bin/python tests/bench/bench_sealing.py [--quick] [--runs N] [--mib M]

The dossier is real: three noise PNGs (incompressible, ~M MiB each) attached to a ready
dossier of a DossierStore in a temp folder. "seal" times `seal_dossier` (reading each file
back from the encrypted store, decrypting and checking it, encrypting it for the central
service, hashing the ciphertext, writing and syncing the sealed files, signing the
manifest). Throughput counts plaintext bytes. Each round times every measurement once, in
turn (the machine's noise hits them alike); the figures are medians over the rounds, with
their spread (min-max).

Raw AES-GCM, two ways, both on the plaintexts held in memory:
- "one-shot": `AESGCM.encrypt(nonce, plaintext, aad)`, the AEAD API (a fresh output buffer
  per call). The issue's target is sealing >= 0.7 of this; the exit status is decided on it.
- "streamed": `Cipher(AES, GCM).encryptor().update_into` into one reused 1 MiB buffer: the
  package's streaming API, as sealing uses it (reported, and the ratio against it too).

The floor: what sealing cannot avoid, each primitive timed alone on the same bytes:
store read (read the blob, AES-GCM decrypt, SHA-256 check of the plaintext: the store's
contract), AES-GCM encrypt, SHA-256 of the ciphertext (the manifest's), write + fsync of
the sealed file. Their sum is the serial floor; on this machine's cores working in
parallel at best, the floor is max(sum / cores, largest part). The best reachable ratio is
raw / floor. Prints a summary and one JSON line; exits 1 (with the reason) when the ratio
misses the target.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from PIL import Image

from kiosk.store.blobs import BlobStore
from kiosk.store.dossiers import DossierRecord, DossierStore
from kiosk.sync.keys import CentralTrust, DeviceIdentity
from kiosk.sync.sealing import BUFFER_SIZE, purge_sealed, seal_dossier

TARGET_RATIO = 0.7
FILES = 3


def noise_png(path: Path, mib: float) -> Path:
    """An incompressible PNG of about `mib` MiB (stored, not deflated: noise does not shrink)."""
    side = int((mib * 1024 * 1024 / 3) ** 0.5)
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(path, compress_level=0)
    return path


def central_trust() -> CentralTrust:
    encryption = rsa.generate_private_key(public_exponent=65537, key_size=3072).public_key()
    signing = Ed25519PrivateKey.generate().public_key()
    return CentralTrust.parse(
        device_id=str(uuid.uuid4()), base_url="https://central.example.org",
        signing_key=base64.b64encode(signing.public_bytes(serialization.Encoding.Raw,
                                                          serialization.PublicFormat.Raw)).decode(),
        encryption_key=encryption.public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo).decode())


def pieces(data: bytes) -> list[memoryview]:
    view = memoryview(data)
    return [view[at:at + BUFFER_SIZE] for at in range(0, len(data), BUFFER_SIZE)]


class Rounds:
    """Named measurements, each timed once per round; medians and spreads at the end."""

    def __init__(self) -> None:
        self.times: dict[str, list[float]] = {}

    def time(self, name: str, work: Callable[[], object], before: Callable[[], object] | None = None) -> None:
        if before:
            before()
        started = time.perf_counter()
        work()
        self.times.setdefault(name, []).append(time.perf_counter() - started)

    def median(self, name: str) -> float:
        return statistics.median(self.times[name])

    def spread(self, name: str) -> tuple[float, float]:
        return min(self.times[name]), max(self.times[name])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="rounds (default 9; 5 with --quick)")
    parser.add_argument("--mib", type=float, default=8.0,
                        help="size of each file (default 8; 2 with --quick)")
    parser.add_argument("--quick", action="store_true", help="a smaller, shorter run")
    args = parser.parse_args()
    if args.quick:
        args.runs, args.mib = min(args.runs, 5), min(args.mib, 2.0)
    cores = os.cpu_count() or 1
    rounds = Rounds()

    with tempfile.TemporaryDirectory(prefix="escale-bench-") as temp:
        root = Path(temp)
        data_dir, outbox = root / "data", root / "data" / "outbox"
        trust = central_trust()
        device = DeviceIdentity.load_or_create(data_dir)
        with DossierStore(data_dir) as store:
            dossier_id = store.create_draft("renouvellement_ue", 1)
            for n in range(FILES):
                store.add_attachment(dossier_id, "proof_of_resources", noise_png(root / f"{n}.png", args.mib))
            record: DossierRecord = store.mark_ready(dossier_id, {"answers": {"identity.surname": "Bench"}})
            plaintexts = [store.attachment_bytes(a.id) for a in record.attachments]
            total = sum(len(p) for p in plaintexts)
            blobs: BlobStore = store._blobs  # the store's own blob store, as sealing reads it
            key = AESGCM.generate_key(bit_length=256)
            aead = AESGCM(key)
            ciphertexts = [os.urandom(12) + aead.encrypt(os.urandom(12), p, b"aad") for p in plaintexts]
            buffer = memoryview(bytearray(BUFFER_SIZE))
            scratch = root / "scratch"
            scratch.mkdir()

            def seal() -> None:
                seal_dossier(record, store, outbox, device, trust, trust.device_id)

            def one_shot() -> None:
                for plaintext in plaintexts:
                    aead.encrypt(b"\0" * 12, plaintext, b"aad")

            def streamed() -> None:
                for plaintext in plaintexts:
                    encryptor = Cipher(algorithms.AES(key), modes.GCM(b"\0" * 12)).encryptor()
                    encryptor.authenticate_additional_data(b"aad")
                    for piece in pieces(plaintext):
                        encryptor.update_into(piece, buffer[:len(piece)])
                    encryptor.finalize()

            def store_read() -> None:
                for attachment in record.attachments:
                    with blobs.open(attachment.sha256) as reader:
                        while reader.readinto(buffer):
                            pass

            def sha256() -> None:
                for ciphertext in ciphertexts:
                    digest = hashlib.sha256()
                    for piece in pieces(ciphertext):
                        digest.update(piece)
                    digest.hexdigest()

            def write_fsync() -> None:
                for n, ciphertext in enumerate(ciphertexts):
                    with open(scratch / f"{n}.bin", "wb", buffering=0) as out:
                        for piece in pieces(ciphertext):
                            out.write(piece)
                        os.fsync(out.fileno())

            def unlink_scratch() -> None:
                for n in range(len(ciphertexts)):
                    (scratch / f"{n}.bin").unlink(missing_ok=True)

            seal()  # warm-up: imports, first allocations, the blobs in the page cache
            for _ in range(args.runs):
                rounds.time("seal", seal, lambda: purge_sealed(outbox, record.id))
                rounds.time("aes_one_shot", one_shot)
                rounds.time("aes_streamed", streamed)
                rounds.time("store_read", store_read)
                rounds.time("sha256", sha256)
                rounds.time("write_fsync", write_fsync, unlink_scratch)

    def mbps(seconds: float) -> float:
        return total / seconds / 1e6

    med = {name: rounds.median(name) for name in rounds.times}
    sealed, raw, raw_streamed = med["seal"], med["aes_one_shot"], med["aes_streamed"]
    ratio, ratio_streamed = raw / sealed, raw_streamed / sealed
    parts = ["store_read", "aes_streamed", "sha256", "write_fsync"]
    serial_floor = sum(med[p] for p in parts)
    parallel_floor = max(serial_floor / cores, max(med[p] for p in parts))
    # The least CPU work the protocol itself asks for (no I/O, no store hash check): decrypt,
    # encrypt, SHA-256; decryption costs what encryption does.
    cpu_floor = max((2 * raw_streamed + med["sha256"]) / cores, med["sha256"])
    best_ratio = raw / parallel_floor

    print(f"dossier: {FILES} files, {total / 1e6:.1f} MB of plaintext; medians of {args.runs} rounds "
          f"(min-max); {cores} cores")

    def line(label: str, name: str) -> None:
        low, high = rounds.spread(name)
        print(f"  {label:<44} {mbps(med[name]):8.1f} MB/s  {med[name] * 1000:7.1f} ms "
              f"({low * 1000:.1f}-{high * 1000:.1f})")

    line("seal (real path)", "seal")
    line("raw AES-GCM, one-shot AESGCM.encrypt", "aes_one_shot")
    line("raw AES-GCM, streamed update_into (1 MiB)", "aes_streamed")
    print(f"ratio seal / raw one-shot: {ratio:.3f} (target >= {TARGET_RATIO}); "
          f"seal / raw streamed: {ratio_streamed:.3f}")
    print("what sealing cannot avoid, each alone on the same bytes:")
    line("store read (read + decrypt + SHA-256 check)", "store_read")
    line("AES-GCM encrypt (streamed)", "aes_streamed")
    line("SHA-256 of the ciphertext", "sha256")
    line("write + fsync of the sealed files", "write_fsync")
    print(f"  floor: serial {serial_floor * 1000:.1f} ms ({mbps(serial_floor):.0f} MB/s); on {cores} cores "
          f"at best {parallel_floor * 1000:.1f} ms ({mbps(parallel_floor):.0f} MB/s); "
          f"seal is {sealed / parallel_floor:.2f}x that best floor")
    print(f"  best reachable ratio (raw one-shot / best floor): {best_ratio:.3f}; with no I/O and no store "
          f"hash check at all (decrypt + encrypt + SHA-256 on {cores} cores): {raw / cpu_floor:.3f}")
    result = {
        "bench": "sealing", "files": FILES, "plaintext_mb": round(total / 1e6, 2), "rounds": args.runs,
        "cores": cores, "target_ratio": TARGET_RATIO,
        "mb_per_s": {name: round(mbps(seconds), 1) for name, seconds in med.items()},
        "ms": {name: round(seconds * 1000, 2) for name, seconds in med.items()},
        "ms_spread": {name: [round(t * 1000, 2) for t in rounds.spread(name)] for name in med},
        "ratio": round(ratio, 3), "ratio_vs_streamed": round(ratio_streamed, 3),
        "floor_serial_ms": round(serial_floor * 1000, 2),
        "floor_parallel_ms": round(parallel_floor * 1000, 2),
        "best_reachable_ratio": round(best_ratio, 3), "cpu_only_best_ratio": round(raw / cpu_floor, 3),
        "target_met": ratio >= TARGET_RATIO,
    }
    print(json.dumps(result))
    if ratio < TARGET_RATIO:
        reachable = "unreachable here" if best_ratio < TARGET_RATIO else "reachable in principle"
        print(f"target missed: ratio {ratio:.3f} < {TARGET_RATIO}; the best the unavoidable work allows "
              f"on this machine is {best_ratio:.3f} ({reachable}): SHA-256 of the ciphertext, the store's "
              "decrypt and check, and the durable write each cost more than AES-GCM itself",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The full SIGKILL soak, by hand: a kiosk process syncing 20 dossiers with the real central
service on loopback is killed at random points (`--kills`, 50 by default, 5 per round of
20 dossiers) and restarted; after each round every dossier must be on the service exactly
once with the SHA-256 of what was deposited (tests/support/sigkill.py says how).

    .venv/bin/python tests/bench/soak_sigkill.py [--kills 50] [--seed N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the support package

from support.central import running_central, shared_key_dir
from support.sigkill import Soak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = random.SystemRandom().randrange(2**32) if args.seed is None else args.seed
    print(f"seed {seed}, {args.kills} kills", flush=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="escale-soak-") as folder:
        root = Path(folder)
        (root / "central").mkdir()
        with running_central(root / "central", shared_key_dir(root)) as central:
            kiosk = central.enroll(root / "kiosk")
            try:
                soak = Soak(central, kiosk, root, seed, log=lambda line: print(line, flush=True))
                result = soak.run(args.kills)
            finally:
                kiosk.close()
    print(f"{result.summary()}; {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

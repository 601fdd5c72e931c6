"""A kiosk process for the SIGKILL soak: `kiosk --data-dir DATA_DIR sync run`, through
`kiosk.cli.main`, again and again until the outbox holds nothing but deposited dossiers.

    ESCALE_CENTRAL_URL=http://127.0.0.1:PORT python tests/support/sync_child.py DATA_DIR

Prints `started` once its imports are done (kills land in the work, not in the imports),
then each pass's JSON line. Exit 0: all deposited; 3: a dossier was quarantined; else
`kiosk`'s own exit code.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

# Everything `kiosk sync run` imports, imported before "started".
import kiosk.sync.runtime  # noqa: F401
from kiosk.cli import main
from kiosk.store.dossiers import DossierStore
from kiosk.store.models import DEPOSITED, QUARANTINED, READY

QUARANTINE_EXIT = 3


def left_to_do(data_dir: Path) -> int:
    with DossierStore(data_dir) as store:
        counts = store.outbox.counts()
        if counts[QUARANTINED]:
            sys.exit(QUARANTINE_EXIT)
        return len(store.list_dossiers(READY)) + sum(n for state, n in counts.items() if state != DEPOSITED)


def run(data_dir: Path) -> int:
    print("started", flush=True)
    while left_to_do(data_dir):
        code = main(["--data-dir", str(data_dir), "sync", "run"])
        sys.stdout.flush()
        if code != 0:
            return code
        time.sleep(0.05)  # a dossier in retry_wait: its time comes
    return 0


if __name__ == "__main__":
    sys.exit(run(Path(sys.argv[1])))

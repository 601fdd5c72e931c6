"""The kiosk process killed (SIGKILL) at random points while it syncs 20 dossiers, restarted
each time (`kiosk sync run` through tests/support/sync_child.py), then left to finish:
every dossier is on the real central service exactly once, byte for byte; the outbox holds
nothing but `deposited`, no ciphertext is left and no dossier is left `ready`.

CI runs a handful of kills. The full soak, 50 kills (10 rounds of 20 dossiers), by hand:

    ESCALE_SIGKILL_KILLS=50 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest \\
        tests/sync/test_sigkill.py -q -s -p no:cacheprovider
    (or: .venv/bin/python tests/bench/soak_sigkill.py --kills 50 [--seed N])

The seed is printed; ESCALE_SIGKILL_SEED=N replays a run.
"""

from __future__ import annotations

import os
import random
import signal
from pathlib import Path

import pytest
from support.central import CentralHarness, EnrolledKiosk, central_fixture, key_dir_fixture  # noqa: F401
from support.sigkill import Soak

CI_KILLS = 5
CI_IMAGE_SIDE = 120  # one chunk per photo in CI: quicker; the full soak's photos span two


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_at_random_points_of_a_sync_delivers_every_dossier_exactly_once(
        central: CentralHarness, tmp_path: Path) -> None:
    seed = int(os.environ.get("ESCALE_SIGKILL_SEED") or random.SystemRandom().randrange(2**32))
    kills = int(os.environ.get("ESCALE_SIGKILL_KILLS") or CI_KILLS)
    print(f"\nSIGKILL soak: seed {seed}, {kills} kills (replay with ESCALE_SIGKILL_SEED={seed})")
    kiosk: EnrolledKiosk = central.enroll(tmp_path / "kiosk")
    try:
        result = Soak(central, kiosk, tmp_path, seed).run(
            kills, **({} if kills > CI_KILLS else {"image_side": CI_IMAGE_SIDE}))
    finally:
        kiosk.close()
    print(result.summary())
    assert result.kills == kills and result.dossiers >= 20

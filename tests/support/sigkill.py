"""The SIGKILL soak: a kiosk process syncing 20 dossiers is killed at random points, restarted,
killed again..., then left to finish; every dossier must then be on the service exactly
once, byte for byte, and the kiosk's outbox empty of anything but `deposited`.

Used by tests/sync/test_sigkill.py (a few kills, CI) and tests/bench/soak_sigkill.py (50).

Where a kill lands is drawn in *progress*, not in seconds, so it does not depend on the
machine's speed: progress counts dossiers sealed plus dossiers deposited (0..40 for 20),
read from the kiosk's database while the child works; the parent draws a target between
where the child is and the end, waits for it, waits a random few milliseconds more (so
kills also fall inside uploads and transactions), and kills.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.store.models import DEPOSITED, READY, SENDING, SENT
from support.central import CentralHarness, Deposited, EnrolledKiosk, assert_delivered_once

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("sync_child.py")
DOSSIERS = 20
KILLS_PER_ROUND = 5
IMAGE_SIDE = 300  # a 270 kB photo: two 256 kB chunks, so kills fall between chunks of a file too
CHILD_TIMEOUT = 180.0  # a hung child fails the run instead of hanging it
JITTER = 0.05  # seconds after the progress target, at most


@dataclass
class SoakResult:
    seed: int
    kills: int = 0
    rounds: int = 0
    dossiers: int = 0
    restarts: int = 0
    landed: Counter[str] = field(default_factory=Counter)  # what the child was doing when killed

    def summary(self) -> str:
        where = ", ".join(f"{k}: {n}" for k, n in sorted(self.landed.items()))
        return (f"seed {self.seed}: {self.kills} kills in {self.rounds} rounds, {self.dossiers} dossiers "
                f"deposited exactly once ({self.restarts} restarts; kills landed {where})")


class Soak:
    def __init__(self, central: CentralHarness, kiosk: EnrolledKiosk, workdir: Path, seed: int,
                 log: Callable[[str], None] = print) -> None:
        self.central = central
        self.kiosk = kiosk
        self.workdir = workdir
        self.rng = random.Random(seed)
        self.result = SoakResult(seed)
        self.log = log
        self._base = 0
        config = workdir / "kiosk.toml"
        config.write_text("")  # not /etc/escale/config.toml, whatever the machine has
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("ESCALE_")}
        self.env.update(ESCALE_CONFIG=str(config), ESCALE_CENTRAL_URL=central.url,
                        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))

    def run(self, kills: int, per_round: int = KILLS_PER_ROUND, dossiers: int = DOSSIERS,
            image_side: int = IMAGE_SIDE) -> SoakResult:
        delivered: list[Deposited] = []
        while self.result.kills < kills:
            self.result.rounds += 1
            deposits = [self.kiosk.deposit(f"r{self.result.rounds}-{n}", image_side=image_side)
                        for n in range(dossiers)]
            self._sync_with_kills(min(per_round, kills - self.result.kills), dossiers)
            delivered += deposits
            self._check(delivered, deposits)
            self.log(f"round {self.result.rounds}: {self.result.kills}/{kills} kills so far")
        self.result.dossiers = len(delivered)
        return self.result

    # -- one round --------------------------------------------------------------------------
    def _sync_with_kills(self, kills: int, dossiers: int) -> None:
        self._base = 0
        self._base = self._progress()  # the rounds before: all sealed and deposited
        end = 2 * dossiers  # every dossier of this round sealed, then deposited
        for _ in range(kills):
            child = self._start()
            at_start = self._progress()
            if at_start >= end:  # the last child was killed after its last step: nothing left to cut
                self._finished(child)
                return
            target = self.rng.randint(at_start, end - 1)
            deadline = time.monotonic() + CHILD_TIMEOUT
            while self._progress() < target and child.poll() is None:
                if time.monotonic() > deadline:  # no progress: say why rather than wait forever
                    child.kill()
                    child.wait()
                    raise AssertionError(f"the sync makes no progress: {self._logs(child)}")
                time.sleep(0.005)
            time.sleep(self.rng.uniform(0, JITTER))
            if child.poll() is not None:  # done before the kill: the round is over early
                self._finished(child)
                return
            landed = self._doing(at_start)
            child.send_signal(signal.SIGKILL)
            child.wait()
            if child.returncode == 0:  # it finished in the instant before the signal
                return
            assert child.returncode == -signal.SIGKILL, self._logs(child)
            self.result.kills += 1
            self.result.landed[landed] += 1
        self._finished(self._start())

    def _start(self) -> subprocess.Popen[bytes]:
        self.result.restarts += 1
        logs = self.workdir / "logs"
        logs.mkdir(exist_ok=True)
        out = logs / f"child-{self.result.restarts}.out"
        with out.open("wb") as stdout, (logs / f"child-{self.result.restarts}.err").open("wb") as stderr:
            child = subprocess.Popen([sys.executable, str(CHILD), str(self.kiosk.data_dir)], cwd=REPO,
                                     env=self.env, stdout=stdout, stderr=stderr)
        deadline = time.monotonic() + CHILD_TIMEOUT
        while not out.read_bytes().startswith(b"started"):  # imports done: the work begins
            assert child.poll() is None, self._logs(child)
            assert time.monotonic() < deadline, "the child did not start"
            time.sleep(0.005)
        return child

    def _finished(self, child: subprocess.Popen[bytes]) -> None:
        try:
            child.wait(timeout=CHILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
            raise AssertionError(f"the sync did not finish: {self._logs(child)}") from None
        assert child.returncode == 0, self._logs(child)

    def _logs(self, child: subprocess.Popen[bytes]) -> str:
        err = self.workdir / "logs" / f"child-{self.result.restarts}.err"
        return f"child exit {child.returncode}: {err.read_text(errors='replace')[-2000:]}"

    # -- reading the kiosk's own database while the child writes it ---------------------------------
    def _progress(self) -> int:
        counts = self.kiosk.store.outbox.counts()
        return sum(counts.values()) + counts[DEPOSITED] - self._base

    def _doing(self, at_start: int) -> str:
        counts = self.kiosk.store.outbox.counts()
        if counts[SENDING] or counts[SENT]:
            return "uploading or committing"
        if self._progress() == at_start:
            return "starting (store, tidy)"
        if self.kiosk.store.list_dossiers(READY):
            return "sealing"
        return "after a receipt (purging) or between dossiers"

    # -- after each round -------------------------------------------------------------------------
    def _check(self, delivered: list[Deposited], deposits: list[Deposited]) -> None:
        kiosk, central = self.kiosk, self.central
        assert_delivered_once(central, kiosk, deposits)
        assert kiosk.store.list_dossiers(READY) == [], "no dossier left ready at the kiosk"
        counts = kiosk.store.outbox.counts()
        assert counts == {**dict.fromkeys(counts, 0), DEPOSITED: len(delivered)}, counts
        assert kiosk.sealed_folders() == [], "no ciphertext left behind"
        received = central.received()
        assert set(received) == {d.id for d in delivered}, "nothing more, nothing less on the service"
        numbers = sorted(n for n in central.deposit_numbers().values() if n is not None)
        # Numbers count up from 1: none was spent on a second deposit of the same dossier.
        assert [int(n.rsplit("-", 1)[1]) for n in numbers] == list(range(1, len(delivered) + 1))

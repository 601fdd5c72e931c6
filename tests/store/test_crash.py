"""Kill-and-restart: a draft saved just before the process is killed is there on restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.store.dossiers import DossierStore

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import os, signal, sys
from pathlib import Path
from kiosk.store.dossiers import DossierStore

store = DossierStore(Path(sys.argv[1]))
dossier_id = store.create_draft("titre-sejour-ue", 3)
store.save_answers(dossier_id, {"nom": "Martin", "step": 1}, "identite")
store.save_answers(dossier_id, {"nom": "Martin", "step": 2, "ville": "Lyon"}, "adresse")
print(dossier_id, flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # no close(), no checkpoint, no atexit
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_draft_survives_a_kill_right_after_saving(data_dir: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    dossier_id = child.stdout.strip()

    with DossierStore(data_dir) as store:
        draft = store.latest_draft()
        assert draft is not None
        assert draft.id == dossier_id
        assert (draft.procedure_id, draft.procedure_version, draft.state) == (
            "titre-sejour-ue",
            3,
            "draft",
        )
        assert draft.answers == {"nom": "Martin", "step": 2, "ville": "Lyon"}
        assert draft.current_page == "adresse"

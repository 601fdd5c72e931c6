"""The recogniser's training script resumes from the model it shipped, not from a trial run."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools" / "mrz"


@pytest.fixture
def train_ocr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    sys.path.insert(0, str(TOOLS))
    pytest.importorskip("make_samples")
    module = pytest.importorskip("train_ocr")  # torch is imported only to train
    monkeypatch.setattr(module, "CACHE", tmp_path / "cache")
    (tmp_path / "cache").mkdir()
    return module


def _ship(out: Path, step: int) -> None:
    out.mkdir(exist_ok=True)
    (out / "mrz_ocr.json").write_text(json.dumps({"validation": {"step": step}}))


def test_resume_starts_from_the_shipped_models_checkpoint(train_ocr: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "models"
    _ship(out, 40488)
    shipped = train_ocr.step_checkpoint(1, 40488)
    shipped.write_bytes(b"shipped")
    (train_ocr.CACHE / "ckpt_s1.pt").write_bytes(b"a trial run, not adopted")
    assert train_ocr.shipped_checkpoint(out, 1) == shipped


def test_resume_falls_back_to_the_last_run_when_the_shipped_one_was_not_kept(
        train_ocr: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "models"
    _ship(out, 951)
    assert train_ocr.shipped_checkpoint(out, 1) == train_ocr.CACHE / "ckpt_s1.pt"
    assert "step 951" in capsys.readouterr().out  # said, not silent
    assert train_ocr.shipped_checkpoint(tmp_path / "none", 1) == train_ocr.CACHE / "ckpt_s1.pt"

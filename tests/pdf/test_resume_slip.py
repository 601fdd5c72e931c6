"""The resume slip: one page, the code large and as a QR code a camera reads back, its last
day and site, how to resume; nothing personal (made from a real saved-for-later draft)."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import cv2
import numpy as np
import pytest
from pypdf import PdfReader

from kiosk.deposit.demo import DEMO_ANSWERS
from kiosk.deposit.resume import KdfParams, ResumeCodes, new_code, parse_code
from kiosk.deposit.session import DepositSession
from kiosk.pdf.resume_slip import ResumeSlip, qr_modules, render_resume_slip
from kiosk.scanning.barcodes import read_codes
from kiosk.store.dossiers import DossierStore

SITE = "Préfecture de la Gironde — Bordeaux"
FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


def slip_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def raster(pdf: Path, out: Path, dpi: int = 100) -> np.ndarray:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(pdf), str(out)], check=True)
    image = cv2.imread(str(out) + ".png")
    assert image is not None
    return image


def test_the_slip_says_code_last_day_site_and_what_to_do(render) -> None:
    slip = ResumeSlip("K7QM4-XPDR9-TWAB3", date(2026, 12, 26), SITE)
    pdf = render(render_resume_slip, slip)
    flat = pdf.flat()
    assert pdf.page_count == 1
    for text in ("Ticket de reprise", "K7QM4-XPDR9-TWAB3", "26/12/2026", SITE,
                 "Reprendre avec un code", "Scanner le ticket", "Gardez ce ticket"):
        assert text in flat, text
    code_run = next(run for run in pdf.runs() if "K7QM4" in run.text)
    assert code_run.size >= 24, "the code is in large type"
    pdf.assert_inside_margins()
    assert pdf.font_names() == pdf.embedded_fonts() == {"DejaVuSans", "DejaVuSans-Bold"}


def test_without_a_site_name_the_line_is_left_out(render) -> None:
    pdf = render(render_resume_slip, ResumeSlip("K7QM4-XPDR9-TWAB3", date(2026, 12, 26)))
    assert "Lieu" not in pdf.flat()


@pytest.mark.parametrize("lang", ["fr", "en", "ar", "zh_CN"])
def test_every_language_keeps_one_page_and_the_french(render, lang: str) -> None:
    def one(slip: ResumeSlip, out: io.BytesIO) -> None:
        render_resume_slip(slip, out, lang=lang)

    pdf = render(one, ResumeSlip("K7QM4-XPDR9-TWAB3", date(2026, 12, 26), SITE))
    assert pdf.page_count == 1 and "Pour reprendre votre demande" in pdf.flat()


def test_the_printed_qr_code_reads_back_as_the_code(tmp_path: Path) -> None:
    code = new_code()
    render_resume_slip(ResumeSlip(code, date(2026, 12, 26), SITE), tmp_path / "slip.pdf")
    image = raster(tmp_path / "slip.pdf", tmp_path / "slip", dpi=100)
    found = read_codes(image, ["QRCode"])
    assert [c.text for c in found] == [code]
    assert parse_code(found[0].text) == code.replace("-", "")
    # Also as a kiosk camera sees it: a low-resolution grey frame (a live frame, one pass).
    frame = cv2.cvtColor(raster(tmp_path / "slip.pdf", tmp_path / "low", dpi=60), cv2.COLOR_BGR2GRAY)
    assert [c.text for c in read_codes(frame, ["QRCode"], thorough=False)] == [code]


def test_the_modules_a_screen_draws_read_back_as_the_code() -> None:
    code = new_code()
    modules = qr_modules(code)
    size = len(modules)
    assert all(len(row) == size for row in modules)
    scale, border = 8, 4
    image = np.full(((size + 2 * border) * scale,) * 2, 255, np.uint8)
    for r, row in enumerate(modules):
        for c, dark in enumerate(row):
            if dark:
                y, x = (r + border) * scale, (c + border) * scale
                image[y:y + scale, x:x + scale] = 0
    assert [found.text for found in read_codes(image, ["QRCode"])] == [code]


def test_a_slip_from_a_real_draft_carries_no_personal_data(tmp_path: Path) -> None:
    with DossierStore(tmp_path / "data") as store:
        session = DepositSession.start(store)
        session.set_answers({k: v for k, v in DEMO_ANSWERS.items() if k.startswith("identity.")})
        codes = ResumeCodes(store, kdf=FAST, clock=lambda: datetime(2026, 11, 26, 10, tzinfo=UTC))
        ticket = session.save_for_later(codes)
    out = tmp_path / "slip.pdf"
    render_resume_slip(ResumeSlip(ticket.code, ticket.last_day, SITE), out, lang="en")
    data = out.read_bytes()
    text = slip_text(data)
    assert ticket.code in text
    personal = [str(v) for k, v in DEMO_ANSWERS.items() if k.startswith("identity.") and len(str(v)) > 3]
    personal += ["Leïla", "Nour", "HADDAD", "1990", "01/05/1990"]
    for value in personal:
        assert value not in text, value
        assert value.encode() not in data, value

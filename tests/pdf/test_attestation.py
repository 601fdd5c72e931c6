"""The attestation of a favourable decision carries the decision and who it is for."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pypdf

from kiosk.pdf.attestation import render_attestation
from kiosk.pdf.models import AttestationData


def test_attestation_text() -> None:
    data = AttestationData("ESC-2026-000042", datetime(2026, 11, 26, 13, 5, tzinfo=UTC),
                           "<i>HADDAD</i> & co", "Leïla", date(1990, 5, 1), "Algérie", "7501234567",
                           "CE – Séjour permanent – Toutes activités professionnelles",
                           "Préfecture de la Seine-Saint-Denis", "K7Q2-9XW4")
    out = io.BytesIO()
    render_attestation(data, out)
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    for expected in ("Attestation de décision favorable", "ESC-2026-000042", "26/11/2026 à 14:05",
                     "<i>HADDAD</i> & co", "01/05/1990", "K7Q2-9XW4", "Toutes activités professionnelles"):
        assert expected in text, expected

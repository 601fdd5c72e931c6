"""Shared for the PDF tests: typical documents, and a way to read back what was drawn."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from kiosk.pdf import fonts
from kiosk.pdf.layout import MARGIN_X, PAGE_WIDTH
from kiosk.pdf.models import (
    ChecklistDocument,
    ChecklistEntry,
    ConfirmationData,
    DocumentSummary,
    FileSummary,
)

PROCEDURE = "Renouvellement de titre de séjour — Membre de famille de ressortissant UE/EEE/Suisse"


@dataclass(frozen=True)
class Run:
    """One piece of text as drawn: its page, text, extent, baseline and font size in points."""

    page: int
    text: str
    x0: float
    x1: float
    y: float
    size: float


class Rendered:
    """A rendered PDF read back with pypdf."""

    def __init__(self, data: bytes) -> None:
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
        self.data = data
        self.reader = PdfReader(io.BytesIO(data))
        self.pages = [page.extract_text() for page in self.reader.pages]
        self.text = "\n".join(self.pages)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def flat(self) -> str:
        """The text as one line: a long word broken with a hyphen is whole again, and
        every other run of whitespace (line breaks included) is one space."""
        return re.sub(r"\s+", " ", re.sub(r"-\n", "", self.text))

    def font_names(self) -> set[str]:
        """Base names of the fonts the pages use, with any subset prefix ("AAAAAA+") dropped."""
        names = set()
        for page in self.reader.pages:
            for font in page["/Resources"]["/Font"].values():
                names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
        return names

    def embedded_fonts(self) -> set[str]:
        names = set()
        for page in self.reader.pages:
            for ref in page["/Resources"]["/Font"].values():
                font = ref.get_object()
                descriptor = font.get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    names.add(str(font["/BaseFont"]).lstrip("/").split("+")[-1])
        return names

    def runs(self) -> list[Run]:
        """Every text run with its extent, measured with the font it was drawn in."""
        runs: list[Run] = []
        for number, page in enumerate(self.reader.pages, start=1):

            def visit(
                text: str, cm: list[float], tm: list[float], font: Any, size: float, n: int = number
            ) -> None:
                if not text.strip() or font is None:
                    return
                name = fonts.BOLD if "Bold" in str(font["/BaseFont"]) else fonts.REGULAR
                x0 = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                scaled = size * tm[0] * cm[0]
                drawn = text.strip("\n")
                runs.append(Run(n, drawn, x0, x0 + stringWidth(drawn, name, scaled), y, scaled))

            page.extract_text(visitor_text=visit)
        return runs

    def assert_inside_margins(self) -> None:
        """No text starts left of the left margin or ends right of the right one."""
        runs = self.runs()
        assert runs
        for run in runs:
            assert run.x0 >= MARGIN_X - 0.5, run
            assert run.x1 <= PAGE_WIDTH - MARGIN_X + 0.5, run


@pytest.fixture
def render() -> Callable[[Callable[[Any, Any], None], Any], Rendered]:
    """render(render_confirmation, data) -> Rendered, through an in-memory stream."""

    def _render(function: Callable[[Any, Any], None], data: Any) -> Rendered:
        buffer = io.BytesIO()
        function(data, buffer)
        return Rendered(buffer.getvalue())

    return _render


def files(*specs: tuple[str, int] | tuple[str, int, str]) -> list[FileSummary]:
    return [FileSummary(spec[0], spec[1], spec[2] if len(spec) > 2 else "document") for spec in specs]


@pytest.fixture
def confirmation() -> ConfirmationData:
    """A typical dossier: 8 documents, 14 files, 2 of them translations, deposited offline."""
    documents = [
        DocumentSummary("passport", "Passeport en cours de validité", files(("passeport.pdf", 2))),
        DocumentSummary(
            "proof_of_address",
            "Justificatif de domicile de moins de 6 mois",
            files(("facture_edf.pdf", 1), ("facture_eau.pdf", 1)),
        ),
        DocumentSummary(
            "marriage_certificate",
            "Acte de mariage",
            files(("acte_mariage.pdf", 2), ("acte_mariage_traduit.pdf", 2, "translation")),
        ),
        DocumentSummary(
            "host_identity_document", "Pièce d'identité de l'accueillant", files(("cni_conjoint.pdf", 2))
        ),
        DocumentSummary(
            "host_employment_proof",
            "Contrat de travail, attestation employeur ou bulletins de salaire",
            files(("bulletin_aout.pdf", 1), ("bulletin_septembre.pdf", 1), ("bulletin_octobre.pdf", 1)),
        ),
        DocumentSummary(
            "host_right_of_stay_5y",
            "Droit au séjour de l'accueillant pendant les 5 années précédentes",
            files(("attestation_droit_sejour.pdf", 3)),
        ),
        DocumentSummary(
            "financial_support_proof",
            "Justificatif de prise en charge",
            files(("prise_en_charge.pdf", 1), ("prise_en_charge_traduite.pdf", 1, "translation")),
        ),
        DocumentSummary(
            "dependency_proof",
            "Justificatifs de prise en charge / de dépendance",
            files(("releves_bancaires.pdf", 6), ("virements.pdf", 2)),
        ),
    ]
    return ConfirmationData(
        dossier_id="ESC-7Q3K-9F2M-XW41",
        procedure_title=PROCEDURE,
        deposited_at=datetime(2026, 11, 26, 13, 5, tzinfo=UTC),  # 14:05 in Paris (winter time)
        surname="MARTIN",
        given_names="Ana Sofia",
        usage_name=None,
        birth_date=date(1988, 2, 29),
        nationality="Brésilienne",
        foreigner_number="7501234567",
        documents=documents,
        status="Déposé au guichet, en attente de transmission",
        site_name="Préfecture de la Gironde — Bordeaux",
    )


@pytest.fixture
def checklist() -> ChecklistDocument:
    entries = [
        ChecklistEntry("passport", "Informations personnelles", "Passeport en cours de validité", True),
        ChecklistEntry(
            "proof_of_address",
            "Informations personnelles",
            "Justificatif de domicile de moins de 6 mois",
            True,
            "Facture d'électricité, de gaz ou d'eau, quittance de loyer ou avis d'imposition.",
        ),
        ChecklistEntry("marriage_certificate", "Situation familiale", "Acte de mariage", True),
        ChecklistEntry(
            "host_employment_proof", "Motif du séjour", "Bulletins de salaire de l'accueillant", True
        ),
        ChecklistEntry("host_resources", "Ressources", "Justificatifs de ressources", False),
    ]
    return ChecklistDocument(
        title=PROCEDURE,
        entries=entries,
        generated_on=date(2026, 11, 26),
        applicant_name="Ana Sofia MARTIN",
        procedure_version=3,
    )

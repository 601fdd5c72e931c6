"""How long the kiosk's PDFs take to render, to memory.

    .venv/bin/python tests/bench/bench_pdf.py [--runs N]

Prints the first render (it registers the fonts), then the median and p95 of N renders of a
typical deposit confirmation (8 documents, 14 files) and of a typical checklist. Exits 1 when
the confirmation's median misses its target (50 ms).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from kiosk.pdf.checklist import render_checklist
from kiosk.pdf.confirmation import render_confirmation
from kiosk.pdf.models import (
    ChecklistDocument,
    ChecklistEntry,
    ConfirmationData,
    DocumentSummary,
    FileSummary,
)

TARGET_MS = 50.0
PROCEDURE = "Renouvellement de titre de séjour — Membre de famille de ressortissant UE/EEE/Suisse"


def typical_confirmation() -> ConfirmationData:
    def doc(code: str, label: str, *names: str) -> DocumentSummary:
        files = [
            FileSummary(name, 1 + len(name) % 3, "translation" if "trad" in name else "document")
            for name in names
        ]
        return DocumentSummary(code, label, files)

    documents = [
        doc("passport", "Passeport en cours de validité", "passeport.pdf"),
        doc(
            "proof_of_address",
            "Justificatif de domicile de moins de 6 mois",
            "facture_edf.pdf",
            "facture_eau.pdf",
        ),
        doc("marriage_certificate", "Acte de mariage", "acte_mariage.pdf", "acte_mariage_trad.pdf"),
        doc("host_identity_document", "Pièce d'identité de l'accueillant", "cni_conjoint.pdf"),
        doc(
            "host_employment_proof",
            "Contrat de travail, attestation employeur ou bulletins de salaire",
            "bulletin_08.pdf",
            "bulletin_09.pdf",
            "bulletin_10.pdf",
        ),
        doc("host_right_of_stay_5y", "Droit au séjour de l'accueillant (5 ans)", "attestation.pdf"),
        doc(
            "financial_support_proof",
            "Justificatif de prise en charge",
            "prise_en_charge.pdf",
            "prise_trad.pdf",
        ),
        doc("dependency_proof", "Justificatifs de dépendance", "releves.pdf", "virements.pdf"),
    ]
    assert len(documents) == 8 and sum(len(d.files) for d in documents) == 14
    return ConfirmationData(
        dossier_id="ESC-7Q3K-9F2M-XW41",
        procedure_title=PROCEDURE,
        deposited_at=datetime(2026, 11, 26, 13, 5, tzinfo=UTC),
        surname="MARTIN",
        given_names="Ana Sofia",
        usage_name="DURAND",
        birth_date=date(1988, 2, 29),
        nationality="Brésilienne",
        foreigner_number="7501234567",
        documents=documents,
        status="Déposé au guichet, en attente de transmission",
        site_name="Préfecture de la Gironde — Bordeaux",
    )


def typical_checklist() -> ChecklistDocument:
    sections = ["Informations personnelles", "Situation familiale", "Motif du séjour", "Ressources"]
    entries = [
        ChecklistEntry(
            f"doc{i}", sections[i % 4], f"Pièce justificative {i}", i != 9, "Précision." if i % 3 else None
        )
        for i in range(10)
    ]
    return ChecklistDocument(PROCEDURE, entries, date(2026, 11, 26), "Ana Sofia MARTIN", 3)


def measure(render: Callable[[Any, Any], None], data: Any, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        render(data, io.BytesIO())
        times.append((time.perf_counter() - start) * 1000)
    return times


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20, method="inclusive")[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    runs = parser.parse_args().runs

    confirmation, checklist = typical_confirmation(), typical_checklist()
    first = measure(render_confirmation, confirmation, 1)[0]
    print(f"first render (registers fonts): {first:7.1f} ms")
    results = {
        "confirmation": measure(render_confirmation, confirmation, runs),
        "checklist": measure(render_checklist, checklist, runs),
    }
    for name, times in results.items():
        print(f"{name:13s} x{runs}: median {statistics.median(times):6.1f} ms   p95 {p95(times):6.1f} ms")
    median = statistics.median(results["confirmation"])
    verdict = "met" if median <= TARGET_MS else "MISSED"
    print(f"target: confirmation median <= {TARGET_MS:.0f} ms: {verdict}")
    return 0 if median <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())

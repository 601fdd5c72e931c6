"""Languages: every shipped language translates every text, switching mirrors Arabic and
keeps the deposit where it was, the PDFs follow the applicant's language."""

from __future__ import annotations

import importlib.util
import io
import re
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from kiosk.deposit.demo import DEMO_ANSWERS
from kiosk.i18n_catalog import LANGUAGES, TRANSLATED, catalog, read_ts, translator, ts_path
from kiosk.pdf.checklist import render_checklist
from kiosk.pdf.confirmation import render_confirmation
from kiosk.pdf.models import ConfirmationData, DocumentSummary, FileSummary
from kiosk.procedure.definition import default_procedure
from kiosk.ui.i18n import current_language, set_language, tr_procedure

ROOT = Path(__file__).resolve().parents[2]
ARABIC = re.compile("[\u0600-\u06ff]")
PLACEHOLDER = re.compile(r"%\d")


def _update_script() -> ModuleType:
    path = ROOT / "scripts" / "update-translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def extracted() -> list[tuple[str, str]]:
    """What the sources ask to translate today (lupdate over kiosk/ui, the procedure, the PDFs)."""
    return _update_script().extract()


@pytest.fixture
def french(qapp: Any) -> Iterator[None]:
    yield
    set_language(qapp, "fr")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_text_is_translated(lang: str, extracted: list[tuple[str, str]]) -> None:
    """A new tr() text, procedure label or PDF text without a translation fails here."""
    entries = list(read_ts(ts_path(lang)))
    shipped = {(ctx, src) for ctx, src, _ in entries}
    missing = [m for m in extracted if m not in shipped]
    assert not missing, f"{lang}: run scripts/update-translations.py and translate {missing[:5]}"
    untranslated = [(ctx, src) for ctx, src, text in entries if not text]
    assert not untranslated, f"{lang}: {len(untranslated)} unfinished, e.g. {untranslated[:3]}"
    stale = shipped - set(extracted)
    assert not stale, f"{lang}: texts no source uses any more: {sorted(stale)[:5]}"
    for ctx, src, text in entries:
        assert text is not None
        assert Counter(PLACEHOLDER.findall(src)) == Counter(PLACEHOLDER.findall(text)), (lang, ctx, src)
        assert text.endswith(" ") == src.endswith(" ") or lang == "zh_CN", (lang, src)  # "Modifier : "


def test_the_menu_names_each_language_in_its_own_script(driver: Any) -> None:
    menu = driver.window.language_menu
    assert [menu.itemText(i) for i in range(menu.count())] == list(LANGUAGES.values())
    assert menu.accessibleName()
    assert menu.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_arabic_mirrors_the_layout_and_shows_arabic(driver: Any, qapp: Any, french: None) -> None:
    window = driver.window
    menu = window.language_menu
    qapp.processEvents()
    left_ltr = menu.mapTo(window, QPoint(0, 0)).x()
    assert left_ltr > window.width() / 2, "the language menu ends the top bar on the right"

    menu.setCurrentIndex(menu.findData("ar"))
    menu.activated.emit(menu.findData("ar"))  # as a person choosing it does

    assert current_language() == "ar"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qapp.processEvents()  # the layouts place their widgets again
    left_rtl = menu.mapTo(window, QPoint(0, 0)).x()
    assert abs(left_rtl - (window.width() - left_ltr - menu.width())) <= 2, "mirrored"
    assert ARABIC.search(window.welcome.start.text())
    assert ARABIC.search(driver.visible_text())
    assert menu.currentText() == "العربية"

    set_language(qapp, "fr")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.welcome.start.text() == "Je demande le renouvellement de mon titre de séjour"


def test_switching_mid_deposit_keeps_answers_and_page(driver: Any, qapp: Any, french: None) -> None:
    window = driver.window
    window.start_new()
    driver.fill_page({"current_permit.category": "eu_family_member", "current_permit.expiry": "2027-02-15"})
    driver.next("alert")
    driver.next("preamble")
    driver.next("identity")
    driver.fill("identity.surname", "HADDAD")
    session = window.session

    set_language(qapp, "es")

    assert window.session is session and window.current == "identity"
    assert session.answers["identity.surname"] == "HADDAD"
    assert driver.editor("identity.surname").value() == "HADDAD", "the field shows the answer again"
    text = driver.visible_text()
    assert "Nombre de nacimiento" in text and "Nom de naissance" not in text
    assert window.continue_button.text() == "Continuar"
    assert window.step_label.text().startswith("Paso 1/5")
    driver.fill_page({k: v for k, v in DEMO_ANSWERS.items()
                      if k.startswith("identity.") and k != "identity.surname"})
    driver.next("contact")  # and the deposit goes on
    assert session.answers["identity.surname"] == "HADDAD"
    assert session.answers["current_permit.category"] == "eu_family_member", "answers stay values"


def test_procedure_texts_are_translated(qapp: Any, french: None) -> None:
    procedure = default_procedure()
    set_language(qapp, "zh_CN")
    assert tr_procedure(procedure.steps[0].title) == "个人信息"
    assert tr_procedure(procedure.question("identity.nationality").label) == "国籍"


def _pdf_text(pdf: bytes) -> str:
    """The words of the PDF, lines joined (labels wrap in narrow columns)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def _session_documents(tmp_path: Path) -> tuple[Any, Any]:
    from kiosk.deposit.session import DepositSession
    from kiosk.store.dossiers import DossierStore

    store = DossierStore(tmp_path / "data")
    session = DepositSession.start(store, procedure=default_procedure(), today=lambda: date(2026, 11, 26))
    for key, value in DEMO_ANSWERS.items():
        session.set_answer(key, value)
    return store, session


def test_the_checklist_in_spanish(tmp_path: Path) -> None:
    store, session = _session_documents(tmp_path)
    try:
        out = io.BytesIO()
        render_checklist(session.checklist_document(), out, lang="es", procedure=session.procedure)
    finally:
        store.close()
    text = _pdf_text(out.getvalue())
    assert "Anexo 1" in text
    assert "Pasaporte en vigor" in text
    assert "Obligatorio" in text
    assert "Passeport en cours de validité" not in text


def test_the_confirmation_is_bilingual() -> None:
    confirmation = ConfirmationData(
        dossier_id="0c9a7c52-2a4e-4a53-9d51-2f6f3b8c1e10",
        procedure_title=default_procedure().title, deposited_at=datetime(2026, 11, 26, 13, 5, tzinfo=UTC),
        surname="HADDAD", given_names="Leïla Nour", usage_name=None, birth_date=date(1990, 5, 1),
        nationality="Marocaine", foreigner_number="7501234567",
        status="Déposé au guichet, en attente de transmission",
        documents=[DocumentSummary("passport", "Passeport en cours de validité",
                                   [FileSummary("passeport.pdf", 2)])])
    es = translator("es", "Pdf")
    text = _pdf_text(_render(confirmation, "es"))
    for french in ("Confirmation de dépôt", "Demandeur", "Pièces déposées", "Date de naissance"):
        assert french in text, french
        assert es(french) != french and es(french) in text, es(french)
    assert "Confirmation de dépôt" in _pdf_text(_render(confirmation, "zh_CN"))
    assert "确认" in _pdf_text(_render(confirmation, "zh_CN"))


def _render(data: Any, lang: str) -> bytes:
    out = io.BytesIO()
    render_confirmation(data, out, lang=lang)
    return out.getvalue()


def test_the_catalogue_reads_the_ts_files_without_qt() -> None:
    assert catalog("fr") == {}
    assert translator("ar", "Procedure")("Nationalité") == "الجنسية"
    assert translator("ar", "Procedure")("un texte inconnu") == "un texte inconnu"

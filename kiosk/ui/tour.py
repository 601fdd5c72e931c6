"""`kiosk tour`: every screen of the wizard rendered to PNG with a report of its
interactive widgets (role, accessible name, text, size), for people to look at and
for tests that check sizes and names without a screen."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from kiosk.deposit.demo import DEMO_ANSWERS
from kiosk.i18n_catalog import check_language, direction
from kiosk.store.dossiers import DossierStore
from kiosk.ui.app import apply_style
from kiosk.ui.i18n import current_language, set_language
from kiosk.ui.main_window import MainWindow

TOUR_DATE = date(2026, 11, 26)

def _role_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    role = interface.role() if interface else None
    return role.name if role is not None else "unknown"


def widget_report(screen: QWidget) -> list[dict[str, Any]]:
    widgets = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen) or not isinstance(
                widget, QAbstractButton | QLineEdit | QComboBox):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else widget.currentText()
        widgets.append({"role": _role_name(widget), "accessible_name": widget.accessibleName(),
                        "text": text, "width": widget.width(), "height": widget.height()})
    return widgets


def run_tour(out: Path, lang: str = "fr") -> dict[str, Any]:
    check_language(lang)
    app = QApplication.instance() or QApplication([])
    apply_style(app)
    previous = current_language()
    set_language(app, lang)
    out.mkdir(parents=True, exist_ok=True)
    data_dir = Path(tempfile.mkdtemp(prefix="escale-tour-"))
    screens: list[dict[str, Any]] = []
    store = DossierStore(data_dir)
    try:
        window = MainWindow(store, today=lambda: TOUR_DATE, choose_files=list)
        window.resize(1280, 900)
        window.show()

        def shoot(name: str) -> None:
            # Children added to a shown layout appear on a queued call, and their
            # layout settles on the next turns: let the loop run before the picture.
            for _ in range(5):
                app.processEvents()
            png = out / f"{len(screens):02d}-{name}.png"
            window.grab().save(str(png))
            screens.append({"name": name, "png": png.name,
                            "widgets": widget_report(window.current_screen())
                            + widget_report(window.nav)})

        for name in demo_deposit(window, data_dir):
            shoot(name)
        window.close()
    finally:
        set_language(app, previous)
        store.close()
        shutil.rmtree(data_dir, ignore_errors=True)
    report = {"lang": lang, "direction": direction(lang), "screens": screens}
    (out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return report


def demo_deposit(window: MainWindow, data_dir: Path) -> Iterator[str]:
    """The demo applicant's deposit, screen by screen: shows each one and yields its name
    (welcome, every page of the wizard, confirmation). `data_dir` takes the demo files."""
    window.show_welcome()
    yield "welcome"
    window.start_new()
    session = window.session
    assert session is not None
    for key, value in DEMO_ANSWERS.items():
        session.set_answer(key, value)
    for page in session.visible_pages():
        if page.kind == "documents":
            _attach_demo_files(session, data_dir)
        window.go_to(page.id)
        yield page.id
    window.deposit()
    yield "confirmation"


def _attach_demo_files(session: Any, folder: Path) -> None:
    from reportlab.pdfgen import canvas

    for item in session.document_states():
        path = folder / f"{item.item.code}.pdf"
        pdf = canvas.Canvas(str(path))
        pdf.drawString(72, 720, item.item.requirement.label)
        pdf.save()
        session.attach(item.item.code, path)

"""Drafts survive a restart; blockers stop the deposit and say what to do instead."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from support.profiles import IDENTITY

from kiosk.store.dossiers import DossierStore
from kiosk.ui.main_window import MainWindow


def begin(driver: Any) -> None:
    driver.click("Primary")
    driver.fill_page({"current_permit.category": "eu_family_member",
                      "current_permit.expiry": "2027-02-15"})
    driver.next("alert")
    driver.next("preamble")
    driver.next("identity")


def test_other_category_is_stopped_at_once(driver: Any) -> None:
    driver.click("Primary")
    driver.fill_page({"current_permit.category": "other", "current_permit.expiry": "2027-02-15"})
    driver.next()
    assert driver.page == "request"
    text = driver.visible_text()
    assert "réservée aux membres de famille" in text and "Que faire" in text
    driver.fill("current_permit.category", "eu_family_member")
    driver.next("alert")


def test_moving_house_blocks_until_the_address_is_declared(driver: Any) -> None:
    begin(driver)
    driver.fill_page(IDENTITY)
    driver.next("contact")
    driver.fill_page({"contact.address_changed": True,
                      "contact.address": {"line1": "1 rue A", "postcode": "69001", "city": "Lyon"},
                      "contact.phone": "0612345678", "ephoto.code": "AB12CD34EF56GH78IJ90KL"})
    driver.next()
    assert driver.page == "contact"
    assert "changement d'adresse" in driver.visible_text()


def test_french_host_requires_spouse(driver: Any) -> None:
    begin(driver)
    driver.fill_page(IDENTITY)
    driver.next("contact")
    driver.fill_page({"contact.address_changed": False,
                      "contact.address": {"line1": "1 rue A", "postcode": "69001", "city": "Lyon"},
                      "contact.phone": "0612345678", "ephoto.code": "AB12CD34EF56GH78IJ90KL"})
    driver.next("stay")
    driver.fill("stay.more_than_5_years", True)
    driver.next("host_activity")
    driver.fill("host.activity", "employee")
    driver.next("host")
    driver.fill("host.kind", "french")
    driver.next("host_identity")
    driver.fill_page({"host.surname": "MARTIN", "host.given_names": "Paul",
                      "host.birth_date": "1985-07-14", "host.nationality": "FRA"})
    driver.next("relation")
    driver.fill_page({"relation.kind": "ascendant", "relation.of": "host"})
    driver.next()
    assert driver.page == "relation"
    assert "seul son conjoint" in driver.visible_text()


def test_draft_is_offered_again_after_a_restart(qtbot: Any, driver: Any, data_dir: Path) -> None:
    begin(driver)
    driver.fill_page({"identity.surname": "HADDAD", "identity.birth_date": "1990-05-01"})
    dossier_id = driver.window.session.dossier_id
    # A second kiosk process on the same data directory, as after a crash and restart.
    with DossierStore(data_dir) as store:
        window = MainWindow(store)
        qtbot.addWidget(window)
        assert window.welcome.resume_panel.isVisibleTo(window)
        window.resume_draft()
        assert window.session.dossier_id == dossier_id
        assert window.current == "identity"
        screen = window.current_screen()
        assert screen.editors["identity.surname"].value() == "HADDAD"
        assert screen.editors["identity.birth_date"].input.text() == "01/05/1990"


def test_killed_kiosk_keeps_every_answer(tmp_path: Path) -> None:
    """The real window in a child process: answers typed, then SIGKILL mid-session."""
    data_dir = tmp_path / "data"
    script = textwrap.dedent(f"""
        import os, signal
        from datetime import date
        from PySide6.QtWidgets import QApplication
        from kiosk.store.dossiers import DossierStore
        from kiosk.ui.main_window import MainWindow
        app = QApplication([])
        store = DossierStore(__import__("pathlib").Path({str(data_dir)!r}))
        window = MainWindow(store, today=lambda: date(2026, 11, 26))
        window.show()
        window.start_new()
        window.current_screen().editors["current_permit.category"].buttons["eu_family_member"].click()
        window.go_forward()
        editor = window.current_screen().editors["current_permit.expiry"]
        editor.input.setText("15/02/2027")
        editor.input.textEdited.emit("15/02/2027")
        print(window.session.dossier_id, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                            timeout=60)
    assert result.returncode == -signal.SIGKILL, result.stderr
    dossier_id = result.stdout.strip()
    with DossierStore(data_dir) as store:
        draft = store.latest_draft()
        assert draft is not None and draft.id == dossier_id
        assert draft.answers["answers"] == {"current_permit.category": "eu_family_member",
                                            "current_permit.expiry": "2027-02-15"}
        assert draft.current_page == "request"

#!/usr/bin/env python3
"""Accessibility report of the kiosk: opens the main window offscreen, visits every screen
(welcome, each wizard page with the demo applicant, documents, review, confirmation,
the mediator's dashboard, the online space) and counts its interactive widgets:

- with / without an accessible name (what a screen reader says), and their roles;
- touch targets under 48 x 48 px;
- focusable by Tab, and whether focus changes how they look (visible focus);
- at each text size asked (default 100 % then 200 % in high contrast): widgets whose text
  is clipped (a label or button smaller than it needs) and screens wider than the window.

Usage: .venv/bin/python scripts/accessibility-report.py [--json] [--sizes 100,200]
Prints the totals (and the problems found); --json prints the whole report as JSON.
Exit status 0, or 1 when a problem is found (--strict).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from kiosk.store.dossiers import DossierStore
from kiosk.ui.appearance import DEFAULT, Appearance, apply_appearance
from kiosk.ui.main_window import MainWindow
from kiosk.ui.tour import demo_deposit

TODAY = date(2026, 11, 26)
TOUCH = 48
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """The visible widgets a person acts on (a combo box's or spin box's inner line edit
    is part of its box, and a combo box's popup list is not shown)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
            continue
        if isinstance(widget, QAbstractItemView) and widget.window() is not root.window():
            continue
        if isinstance(widget, QHeaderView):  # a table's column titles: named through its table
            continue
        found.append(widget)
    return found


def accessible(widget: QWidget) -> tuple[str, str]:
    """(role, name) as assistive technology gets them."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return "none", ""
    return interface.role().name, interface.text(QAccessible.Text.Name).strip()


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    name = widget.objectName() or text or widget.accessibleName()
    return f"{type(widget).__name__}[{name[:60]}]"


def visible_focus(widget: QWidget) -> bool:
    """Whether the widget looks different with the keyboard focus than without."""
    widget.clearFocus()
    QApplication.processEvents()
    before = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    after = widget.grab().toImage()
    widget.clearFocus()
    return before.size() != after.size() or _pixels(before) != _pixels(after)


def _pixels(image: QImage) -> bytes:
    return bytes(image.constBits())


def clipped(widget: QWidget) -> str | None:
    """Why the widget's text does not fit in it, or None."""
    if isinstance(widget, QLabel):
        if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            return f"needs {needed}px high, has {widget.height()}" if needed > widget.height() + 1 else None
        hint = widget.sizeHint()
        if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
            return f"needs {hint.width()}x{hint.height()}, has {widget.width()}x{widget.height()}"
        return None
    if isinstance(widget, QAbstractButton) and widget.hasHeightForWidth():  # its text wraps
        needed = QSize(widget.minimumSizeHint().width(), widget.heightForWidth(widget.width()))
        if widget.text() and (needed.width() > widget.width() + 1 or needed.height() > widget.height() + 1):
            return f"needs {needed.width()}x{needed.height()}, has {widget.width()}x{widget.height()}"
        return None
    if isinstance(widget, QAbstractButton):
        hint = widget.sizeHint()
        if widget.text() and (hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1):
            return f"needs {hint.width()}x{hint.height()}, has {widget.width()}x{widget.height()}"
        return None
    if isinstance(widget, QComboBox):
        metrics = widget.fontMetrics()
        needed = metrics.horizontalAdvance(widget.currentText()) + 48  # padding and arrow
        if needed > widget.width() or metrics.height() > widget.height():
            return f"text needs {needed}x{metrics.height()}, has {widget.width()}x{widget.height()}"
        return None
    if isinstance(widget, QLineEdit):
        height = widget.fontMetrics().height()
        if height > widget.contentsRect().height():
            return f"text needs {height}px high, has {widget.contentsRect().height()}"
    return None


def screens(window: MainWindow, data_dir: Path) -> Iterator[str]:
    """Shows each screen in turn and yields its name."""
    yield from demo_deposit(window, data_dir)
    window.show_dashboard()
    yield "dashboard"
    for screen in window.online_space.screens:
        window._show(screen.objectName(), screen)
        yield screen.objectName()
    window.finish()


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def audit_screen(window: MainWindow, name: str, check_focus: bool) -> dict[str, Any]:
    settle()
    active = QApplication.activeWindow() is window
    widgets = interactive_widgets(window)
    entries = []
    for widget in widgets:
        role, acc_name = accessible(widget)
        # (Qt takes Tab focus from the radio buttons of a group but the focused one: arrows move)
        focusable = widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        entry = {"widget": describe(widget), "role": role, "name": acc_name,
                 "width": widget.width(), "height": widget.height(), "focusable": focusable,
                 "touch_ok": widget.width() >= TOUCH and widget.height() >= TOUCH}
        if check_focus and focusable:
            entry["focus_visible"] = visible_focus(widget)
        entries.append(entry)
    clipped_widgets = []
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, QLabel | QAbstractButton | QComboBox | QLineEdit):
            reason = clipped(widget)
            if reason:
                clipped_widgets.append({"widget": describe(widget), "why": reason})
    scroll = window.stack.currentWidget()
    content = window.current_screen()
    overflow = content.minimumSizeHint().width() > scroll.viewport().width()
    # A widget shown before it has a parent flashes up as a window and takes the focus away.
    if not active:
        window.activateWindow()
        QTest.qWaitForWindowActive(window, 2000)
    return {"name": name, "widgets": entries, "clipped": clipped_widgets, "horizontal_overflow": overflow,
            "window_kept_focus": active}


def run(sizes: list[Appearance], check_focus: bool = True,
        on_screen: Callable[[MainWindow, str, Appearance], None] | None = None) -> dict[str, Any]:
    app = QApplication.instance() or QApplication([])
    data_dir = Path(tempfile.mkdtemp(prefix="escale-a11y-"))
    passes = []
    try:
        for appearance in sizes:
            store = DossierStore(data_dir / f"store-{len(passes)}")
            try:
                apply_appearance(app, appearance)
                window = MainWindow(store, today=lambda: TODAY, choose_files=list)
                window.resize(1280, 900)
                window.show()
                window.activateWindow()
                QTest.qWaitForWindowActive(window, 2000)
                audited = []
                for name in screens(window, data_dir):
                    audited.append(audit_screen(window, name, check_focus))
                    if on_screen is not None:
                        on_screen(window, name, appearance)
                window.close()
                window.deleteLater()
                settle()
            finally:
                store.close()
            passes.append({"scale": appearance.scale, "high_contrast": appearance.high_contrast,
                           "screens": audited, "totals": totals(audited)})
    finally:
        apply_appearance(app, DEFAULT)
        shutil.rmtree(data_dir, ignore_errors=True)
    return {"passes": passes, "totals": _sum([p["totals"] for p in passes])}


def totals(audited: list[dict[str, Any]]) -> dict[str, int]:
    widgets = [w for s in audited for w in s["widgets"]]
    return {
        "screens": len(audited),
        "interactive": len(widgets),
        "with_name": sum(1 for w in widgets if w["name"]),
        "without_name": sum(1 for w in widgets if not w["name"]),
        "touch_under_48": sum(1 for w in widgets if not w["touch_ok"]),
        "focusable": sum(1 for w in widgets if w["focusable"]),
        "focus_visible": sum(1 for w in widgets if w.get("focus_visible") is True),
        "focus_invisible": sum(1 for w in widgets if w.get("focus_visible") is False),
        "clipped_text": sum(len(s["clipped"]) for s in audited),
        "screens_wider_than_window": sum(1 for s in audited if s["horizontal_overflow"]),
        "screens_losing_keyboard_focus": sum(1 for s in audited if not s["window_kept_focus"]),
    }


def _sum(all_totals: list[dict[str, int]]) -> dict[str, int]:
    keys = all_totals[0].keys() if all_totals else []
    return {k: sum(t[k] for t in all_totals) for k in keys}


def problems(report: dict[str, Any]) -> list[str]:
    lines = []
    for one in report["passes"]:
        where = f"{one['scale']}%{' contraste élevé' if one['high_contrast'] else ''}"
        for screen in one["screens"]:
            for w in screen["widgets"]:
                if not w["name"]:
                    lines.append(f"[{where}] {screen['name']}: no accessible name: {w['widget']}")
                if not w["touch_ok"]:
                    lines.append(f"[{where}] {screen['name']}: touch target {w['width']}x{w['height']}: "
                                 f"{w['widget']}")
                if w.get("focus_visible") is False:
                    lines.append(f"[{where}] {screen['name']}: focus not visible: {w['widget']}")
            for c in screen["clipped"]:
                lines.append(f"[{where}] {screen['name']}: clipped text: {c['widget']} ({c['why']})")
            if screen["horizontal_overflow"]:
                lines.append(f"[{where}] {screen['name']}: wider than the window")
            if not screen["window_kept_focus"]:
                lines.append(f"[{where}] {screen['name']}: the window lost the keyboard focus")
    return lines


def parse_sizes(text: str) -> list[Appearance]:
    """"100,200hc" -> 100 % usual theme, 200 % high contrast."""
    sizes = []
    for item in text.split(","):
        item = item.strip()
        contrast = item.endswith("hc")
        sizes.append(Appearance(scale=int(item.removesuffix("hc")), high_contrast=contrast))
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the whole report as JSON")
    parser.add_argument("--sizes", default="100,200hc",
                        help="text sizes to check, 'hc' for high contrast (default: 100,200hc)")
    parser.add_argument("--no-focus", action="store_true", help="skip the visible-focus check (faster)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a problem is found")
    args = parser.parse_args(argv)
    report = run(parse_sizes(args.sizes), check_focus=not args.no_focus)
    found = problems(report)
    if args.json:
        print(json.dumps({**report, "problems": found}, ensure_ascii=False, indent=1))
    else:
        for one in report["passes"]:
            label = f"{one['scale']} %" + (" contraste élevé" if one["high_contrast"] else "")
            print(f"{label}: " + ", ".join(f"{k}={v}" for k, v in one["totals"].items()))
        print("total: " + ", ".join(f"{k}={v}" for k, v in report["totals"].items()))
        for line in found:
            print("  " + line)
    return 1 if args.strict and found else 0


if __name__ == "__main__":
    sys.exit(main())

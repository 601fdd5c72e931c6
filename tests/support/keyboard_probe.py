"""Run the real main window with Qt Virtual Keyboard on an X server (xvfb-run), focus a
field low on the identity page, and print what a person would see, as JSON.

    QT_IM_MODULE=qtvirtualkeyboard xvfb-run -a python tests/support/keyboard_probe.py DATA [SHOT [SHOT2]]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.store.dossiers import DossierStore
from kiosk.ui.app import apply_style
from kiosk.ui.main_window import MainWindow


def main() -> int:
    data_dir, shot = Path(sys.argv[1]), (sys.argv[2] if len(sys.argv) > 2 else None)
    app = QApplication(sys.argv[:1])
    apply_style(app)
    store = DossierStore(data_dir)
    window = MainWindow(store)
    window.setGeometry(0, 0, 1280, 800)
    window.show()
    method = QGuiApplication.inputMethod()
    seen: dict[str, object] = {}

    def top(widget: QLineEdit | None) -> tuple[int, int]:
        assert widget is not None
        corner = widget.mapToGlobal(widget.rect().bottomLeft())
        return corner.x(), corner.y()

    def open_identity() -> None:
        window.activateWindow()
        window.start_new()
        window.go_to("identity")
        field = window.current_screen().findChild(QLineEdit)  # the first text field of the page
        fields = [f for f in window.current_screen().findChildren(QLineEdit) if f.isVisible()]
        field = fields[-1] if fields else field  # the lowest: the one the keyboard would hide
        field.setFocus()
        method.show()
        seen["field_name"] = field.parentWidget().objectName()

    def look(stage: str) -> None:
        focused = QApplication.focusWidget()
        keyboard = method.keyboardRectangle().toRect()
        seen[stage] = {
            "keyboard_visible": method.isVisible(),
            "keyboard_top": keyboard.top() if keyboard.isValid() else None,
            "locale": method.locale().name(),
            "room": window.keyboard_room.height(),
            "field_bottom": top(focused)[1] if isinstance(focused, QLineEdit) else None,
            "continue_bottom": window.continue_button.mapToGlobal(
                window.continue_button.rect().bottomLeft()).y(),
        }

    def switch_to_arabic() -> None:
        window.choose_language("ar")
        fields = [f for f in window.current_screen().findChildren(QLineEdit) if f.isVisible()]
        window.activateWindow()
        fields[-1].setFocus()
        method.show()

    def open_code_dialog() -> None:
        look("arabic")
        if shot:
            QGuiApplication.primaryScreen().grabWindow(0).save(shot)
        method.hide()
        window.choose_language("fr")
        window.finish_to_welcome()
        window.open_resume_with_code()  # its code field takes the focus by itself

    def finish() -> None:
        focused = QApplication.focusWidget()
        dialog = focused.window() if focused is not None else None
        seen["dialog"] = {
            "keyboard_visible": method.isVisible(),
            "keyboard_top": method.keyboardRectangle().toRect().top(),
            "is_dialog": dialog is not None and dialog is not window,
            "dialog_bottom": dialog.frameGeometry().bottom() if dialog is not None else None,
        }
        if len(sys.argv) > 3:
            QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[3])
        print(json.dumps(seen))
        app.quit()

    QTimer.singleShot(300, open_identity)
    QTimer.singleShot(2500, lambda: look("french"))
    QTimer.singleShot(2700, switch_to_arabic)
    QTimer.singleShot(4500, open_code_dialog)
    QTimer.singleShot(6500, finish)
    QTimer.singleShot(30_000, lambda: app.exit(3))  # never hang a test run
    code = app.exec()
    store.close()
    return code


if __name__ == "__main__":
    sys.exit(main())

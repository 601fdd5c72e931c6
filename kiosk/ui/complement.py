"""The screen where an applicant answers a complement request: a file per requested
requirement, then "Envoyer". The answer is stored encrypted and queued like a deposit
(kiosk/deposit/complement.py): it leaves when the network is there, even if it is not now."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from kiosk.deposit.complement import ComplementRefused, ComplementSession
from kiosk.store.errors import AttachmentError
from kiosk.ui.pages import _button, _clear, _label

FileChooser = Callable[[], list[Path]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Complement", text)


class ComplementPanel(QFrame):
    """The body of the complement screen, filled for one request (`start`)."""

    def __init__(self, choose_files: FileChooser, label_of: Callable[[str], str],
                 on_sent: Callable[[str], None], on_error: Callable[[str], None]) -> None:
        super().__init__()
        self.choose_files = choose_files
        self.label_of = label_of
        self.on_sent = on_sent
        self.on_error = on_error
        self.session: ComplementSession | None = None
        self.reason = _label("", "PageIntro")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reason)
        layout.addLayout(self.rows)

    def start(self, session: ComplementSession, reason: str | None) -> None:
        if self.session is not None and self.session is not session:
            self.session.discard()  # an earlier answer left unsent
        self.session = session
        self.reason.setText(_tr("Motif : %1").replace("%1", reason) if reason else "")
        self.refresh()

    def refresh(self) -> None:
        _clear(self.rows)
        assert self.session is not None
        for code, files in self.session.files().items():
            card = QFrame()
            card.setObjectName("Card")
            row = QVBoxLayout(card)
            row.addWidget(_label(self.label_of(code), "CardTitle"))
            for attachment in files:
                line = QHBoxLayout()
                line.addWidget(_label(f"• {attachment.original_name}"), 1)
                remove = _button(_tr("Retirer"), lambda a=attachment.id: self.remove(a))
                remove.setAccessibleName(_tr("Retirer %1").replace("%1", attachment.original_name))
                line.addWidget(remove)
                row.addLayout(line)
            if not files:
                row.addWidget(_label(_tr("Aucun fichier pour le moment.")))
            add = _button(_tr("Ajouter un fichier"), lambda c=code: self.add(c))
            add.setObjectName(f"complement-attach:{code}")
            row.addWidget(add)
            self.rows.addWidget(card)

    def add(self, code: str) -> None:
        assert self.session is not None
        self.on_error("")  # an earlier message no longer applies
        for path in self.choose_files():
            try:
                self.session.attach(code, path)
            except (AttachmentError, ComplementRefused) as refused:
                self.on_error(str(refused))
                break
        self.refresh()

    def remove(self, attachment_id: int) -> None:
        assert self.session is not None
        self.session.detach(attachment_id)
        self.refresh()

    def send(self) -> None:
        assert self.session is not None
        try:
            record = self.session.send()
        except ComplementRefused as refused:
            self.on_error(str(refused))
            return
        self.session = None
        self.on_sent(record.id)

    def cancel(self) -> None:
        if self.session is not None:
            self.session.discard()
            self.session = None

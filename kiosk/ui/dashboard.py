"""The mediator's dashboard: every dossier of the outbox with its state, age and
reason; quarantined ones can be sent again or, after confirmation, discarded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.store.dossiers import DossierStore
from kiosk.store.outbox import OutboxRecord
from kiosk.ui.appearance import WrapButton

STATE_LABELS = {
    "sealed": QT_TRANSLATE_NOOP("DashboardScreen", "Scellé, en attente d'envoi"),
    "sending": QT_TRANSLATE_NOOP("DashboardScreen", "Envoi en cours"),
    "sent": QT_TRANSLATE_NOOP("DashboardScreen", "Envoyé, en attente du reçu"),
    "deposited": QT_TRANSLATE_NOOP("DashboardScreen", "Déposé"),
    "retry_wait": QT_TRANSLATE_NOOP("DashboardScreen", "Nouvel essai prévu"),
    "quarantined": QT_TRANSLATE_NOOP("DashboardScreen", "Bloqué"),
}


def age(since: datetime, now: datetime) -> str:
    minutes = int((now - since).total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h"
    return f"{minutes // (24 * 60)} j"


class DashboardScreen(QWidget):
    COLUMNS = (QT_TRANSLATE_NOOP("DashboardScreen", "Dossier"),
               QT_TRANSLATE_NOOP("DashboardScreen", "État"),
               QT_TRANSLATE_NOOP("DashboardScreen", "Depuis"),
               QT_TRANSLATE_NOOP("DashboardScreen", "Détail"), "")

    def __init__(self, store: DossierStore, *, on_close: Callable[[], None],
                 on_sync: Callable[[], None], confirm: Callable[[str], bool] | None = None,
                 on_self_service: Callable[[], None] | None = None,
                 who: str = "médiateur") -> None:
        super().__init__()
        self.setObjectName("screen:dashboard")
        self.store = store
        self.who = who
        self._confirm = confirm or self._ask
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        title = QLabel(self.tr("Dossiers en file d'attente"))
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        self.summary = QLabel()
        self.summary.setObjectName("PageIntro")
        self.summary.setWordWrap(True)  # at 200 % it takes two lines, never wider than the screen
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Dossiers en file d'attente"))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        sync = WrapButton(self.tr("Synchroniser maintenant"))
        sync.clicked.connect(lambda: (on_sync(), self.refresh()))
        close = WrapButton(self.tr("Fermer"))
        close.setObjectName("Primary")
        close.clicked.connect(on_close)
        buttons.addWidget(sync)
        if on_self_service is not None:
            # The mediator leaves the kiosk to applicants alone; their PIN takes it back.
            self_service = WrapButton(self.tr("Passer en libre-service"))
            self_service.setObjectName("StartSelfService")
            self_service.setAccessibleName(self_service.text())
            self_service.clicked.connect(on_self_service)
            buttons.addWidget(self_service)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.notice = QLabel()
        self.notice.setObjectName("FieldError")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def refresh(self) -> None:
        rows = self.store.outbox.list()
        waiting = len(self.store.list_dossiers("ready"))
        counts = self.store.outbox.counts()
        self.summary.setText(self.tr(
            "%1 en attente de scellement · %2 à envoyer · %3 bloqué(s) · %4 déposé(s)")
            .replace("%1", str(waiting))
            .replace("%2", str(counts["sealed"] + counts["sending"] + counts["sent"]
                               + counts["retry_wait"]))
            .replace("%3", str(counts["quarantined"])).replace("%4", str(counts["deposited"])))
        now = datetime.now(UTC)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            self._fill(index, row, now)
        self.table.resizeColumnsToContents()

    def _fill(self, index: int, row: OutboxRecord, now: datetime) -> None:
        detail = row.error or ""
        if row.state == "deposited":
            detail = self.tr("Numéro de dépôt %1").replace("%1", row.deposit_number or "")
        elif row.state == "retry_wait" and row.next_attempt_at:
            detail = self.tr("Nouvel essai à %1 (%2)").replace(
                "%1", row.next_attempt_at.astimezone().strftime("%H:%M")).replace("%2", detail)
        elif row.state in ("sending", "sent") and row.bytes_total:
            detail = f"{100 * row.bytes_sent // row.bytes_total} %"
        cells = [row.dossier_id[:8], self.tr(STATE_LABELS[row.state]), age(row.sealed_at, now), detail]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.dossier_id)
            self.table.setItem(index, column, item)
        actions = QWidget()
        actions_layout = QHBoxLayout(actions)
        actions_layout.setContentsMargins(2, 2, 2, 2)
        if row.state == "quarantined":
            resend = QPushButton(self.tr("Renvoyer"))
            resend.setObjectName(f"resend:{row.dossier_id}")
            resend.clicked.connect(lambda _=False, d=row.dossier_id: self.resend(d))
            discard = QPushButton(self.tr("Abandonner"))
            discard.setObjectName(f"discard:{row.dossier_id}")
            discard.clicked.connect(lambda _=False, d=row.dossier_id: self.discard(d))
            actions_layout.addWidget(resend)
            actions_layout.addWidget(discard)
        self.table.setCellWidget(index, 4, actions)
        self.table.setRowHeight(index, 56)

    def resend(self, dossier_id: str) -> None:
        self.store.outbox.resend(dossier_id, self.who)
        self.refresh()

    def discard(self, dossier_id: str) -> None:
        question = self.tr("Abandonner définitivement le dossier %1 ? Il ne sera jamais "
                           "transmis ; cette action est enregistrée.").replace("%1", dossier_id[:8])
        if self._confirm(question):
            self.store.outbox.discard(dossier_id, self.who)
        self.refresh()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Abandonner le dossier"), question)
        return answer == QMessageBox.StandardButton.Yes

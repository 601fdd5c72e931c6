"""The applicant's online space (seed A3/A4, I1/I2): log in, create and activate an
account, read the prefecture's notifications, show and print an attestation.

Every call goes through `Background` (off the GUI thread). These steps need the network
and say so in plain words when it is missing (PROCEDURE.md §6); the deposit itself never
does. The session token lives only in the `OnlineClient`, dropped at logout.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.deposit.complement import ComplementSession
from kiosk.ui.complement import ComplementPanel
from kiosk.ui.i18n import tr_procedure
from kiosk.ui.pages import Panel, _button, _clear, _label
from kiosk.ui.tasks import Background

if TYPE_CHECKING:
    from kiosk.procedure.definition import Procedure
    from kiosk.protocol.online import Notification
    from kiosk.store.dossiers import DossierStore
    from kiosk.sync.online import OnlineClient

OnlineFactory = Callable[[], "OnlineClient | None"]

# What a field of the wire models is called on screen, for "check the field …" messages.
FIELD_NAMES = {
    "foreigner_number": QT_TRANSLATE_NOOP("Online", "numéro étranger"),
    "document_number": QT_TRANSLATE_NOOP("Online", "numéro du document"),
    "email": QT_TRANSLATE_NOOP("Online", "adresse électronique"),
    "code": QT_TRANSLATE_NOOP("Online", "code reçu par courriel"),
    "password": QT_TRANSLATE_NOOP("Online", "mot de passe"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Online", text)


def explain(exc: Exception) -> str:
    """One sentence for the applicant, never a stack trace."""
    # Imported here: httpx (~70 ms) stays off the kiosk's start, as run_gui intends.
    from kiosk.sync.client import NetworkError, ServerError
    from kiosk.sync.online import OnlineRefused

    if isinstance(exc, NetworkError | ServerError):
        return _tr("Cette étape a besoin d'internet et le service de la préfecture ne répond pas. "
                   "Réessayez dans quelques minutes. Le dépôt d'une demande reste possible sans "
                   "connexion.")
    if isinstance(exc, OnlineRefused):
        return exc.detail
    if isinstance(exc, ValidationError):
        fields = sorted({str(e["loc"][0]) for e in exc.errors() if e.get("loc")})
        names = ", ".join(_tr(FIELD_NAMES.get(f, f)) for f in fields)
        if "password" in fields:
            return _tr("Vérifiez : %1. Le mot de passe doit compter au moins 10 caractères.").replace(
                "%1", names)
        return _tr("Vérifiez : %1.").replace("%1", names)
    if isinstance(exc, RuntimeError):  # not enrolled: a matter for IT staff
        return _tr("Cette borne n'est pas encore reliée au service de la préfecture. "
                   "Adressez-vous à l'accueil.")
    return _tr("Le service de la préfecture a refusé la demande. Adressez-vous à l'accueil.")


class OnlineScreen(QWidget):
    """A titled form with an error panel and a row of buttons; calls run in background."""

    def __init__(self, name: str, title: str, intro: str, background: Background) -> None:
        super().__init__()
        self.setObjectName(f"screen:{name}")
        self.background = background
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        layout.addWidget(_label(title, "PageTitle"))
        if intro:
            layout.addWidget(_label(intro, "PageIntro"))
        self.error = Panel("BlockerPanel")
        self.info = Panel("InfoPanel")
        layout.addWidget(self.error)
        layout.addWidget(self.info)
        self.form = QFormLayout()
        self.form.setSpacing(12)
        layout.addLayout(self.form)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)
        layout.addStretch(1)
        background.busy_changed.connect(self._set_busy)

    def field(self, key: str, label: str, *, secret: bool = False, hint: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"field:{key}")
        edit.setAccessibleName(label)
        edit.setMinimumHeight(48)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        if hint:
            edit.setPlaceholderText(hint)
        self.form.addRow(_label(label), edit)
        return edit

    def button(self, name: str, text: str, on_click: Callable[[], object],
               kind: str | None = None) -> QPushButton:
        button = _button(text, on_click, kind)
        button.setObjectName(name if kind is None else kind)
        button.setProperty("action", name)
        button.setMinimumHeight(48)
        self.buttons.addWidget(button)
        return button

    def call(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self.error.show_text("", [])
        self.background.run(work, on_done, self.failed)

    def failed(self, exc: Exception) -> None:
        self.error.show_text(_tr("Impossible pour le moment"), [explain(exc)])

    def _set_busy(self, busy: bool) -> None:
        for button in self.findChildren(QPushButton):
            button.setEnabled(not busy)


class OnlineSpace(QWidget):
    """The screens of the online space and the applicant's session with the service."""

    def __init__(self, procedure: Procedure, connect: OnlineFactory, show: Callable[[QWidget], None],
                 leave: Callable[[], None], show_pdf: Callable[[bytes, str], None],
                 print_pdf: Callable[[bytes], None], *, store: DossierStore | None = None,
                 choose_files: Callable[[], list[Path]] = list, sync_now: Callable[[], None] = lambda: None,
                 ) -> None:
        super().__init__()
        self.procedure = procedure
        self.store = store
        self.choose_files = choose_files
        self.sync_now = sync_now
        self.connect = connect
        self._show = show
        self.leave = leave
        self.show_pdf = show_pdf
        self.print_pdf = print_pdf
        self.background = Background(self)
        self.client: OnlineClient | None = None
        self.foreigner_number = ""
        self.notifications: list[Notification] = []
        self.login = self._login_screen()
        self.create = self._create_screen()
        self.activate = self._activate_screen()
        self.inbox = self._inbox_screen()
        self.complement = self._complement_screen()
        self.screens = [self.login, self.create, self.activate, self.inbox, self.complement]

    # -- entry and exit -----------------------------------------------------------------
    def open(self) -> None:
        self.login.error.show_text("", [])
        self.login.info.show_text("", [])
        self._show(self.login)

    def close_session(self) -> None:
        """Log out (if the network lets us) and forget everything of the applicant."""
        client, self.client = self.client, None
        self.notifications = []
        self.foreigner_number = ""
        for screen in self.screens:
            for edit in screen.findChildren(QLineEdit):
                edit.clear()
        _clear(self.inbox_list)
        self.complement_panel.cancel()  # an answer not sent is not kept
        if client is not None:
            def end() -> None:
                try:
                    client.logout()
                finally:
                    client.close()
            self.background.run(end, lambda _: None, lambda _: None)

    def _client(self) -> OnlineClient:
        if self.client is None:
            client = self.connect()
            if client is None:
                raise RuntimeError("not enrolled")
            self.client = client
        return self.client

    # -- login (A3) ---------------------------------------------------------------------
    def _login_screen(self) -> OnlineScreen:
        screen = OnlineScreen("login", _tr("Mon espace"), _tr(
            "Connectez-vous pour lire les messages de la préfecture sur votre demande : "
            "pièces complémentaires demandées, décision."), self.background)
        self.login_number = screen.field("foreigner_number", _tr("Numéro étranger"),
                                         hint=_tr("10 chiffres, sur votre titre de séjour"))
        self.login_password = screen.field("password", _tr("Mot de passe"), secret=True)
        self.login_password.returnPressed.connect(self.do_login)
        screen.button("Login", _tr("Se connecter"), self.do_login, "Primary")
        screen.button("CreateAccount", _tr("Créer mon compte"), lambda: self._show(self.create))
        screen.button("LeaveOnline", _tr("Retour à l'accueil"), self.leave_space)
        return screen

    def do_login(self) -> None:
        number, password = self.login_number.text(), self.login_password.text()

        def work() -> list[Notification]:
            client = self._client()
            client.login(number, password)
            return client.notifications()

        def done(notifications: list[Notification]) -> None:
            self.foreigner_number = number
            self.login_password.clear()
            self.show_inbox(notifications)

        self.login.call(work, done)

    # -- account creation (A4) ----------------------------------------------------------
    def _create_screen(self) -> OnlineScreen:
        screen = OnlineScreen("create_account", _tr("Créer mon compte"), _tr(
            "Vous recevrez un code par courriel pour choisir votre mot de passe."), self.background)
        self.create_number = screen.field("foreigner_number", _tr("Numéro étranger"),
                                          hint=_tr("10 chiffres, sur votre titre de séjour"))
        self.create_kind = QComboBox()
        self.create_kind.setObjectName("field:document_kind")
        self.create_kind.setAccessibleName(_tr("Document"))
        self.create_kind.setMinimumHeight(48)
        self.create_kind.addItem(_tr("Titre de séjour"), "residence_permit")
        self.create_kind.addItem(_tr("Visa"), "visa")
        screen.form.addRow(_label(_tr("Document")), self.create_kind)
        self.create_document = screen.field("document_number", _tr("Numéro du document"))
        self.create_email = screen.field("email", _tr("Adresse électronique"))
        screen.button("SendCode", _tr("Recevoir mon code"), self.do_create, "Primary")
        screen.button("BackToLogin", _tr("Retour"), lambda: self._show(self.login))
        return screen

    def do_create(self) -> None:
        number = self.create_number.text()
        kind = str(self.create_kind.currentData())
        document, email = self.create_document.text(), self.create_email.text()

        def done(_created: object) -> None:
            self.activate_number.setText(number)
            self.activate.info.show_text(_tr("Code envoyé"), [_tr(
                "Un code à 8 chiffres a été envoyé à votre adresse électronique. Il est valable "
                "15 minutes.")])
            self._show(self.activate)

        self.create.call(lambda: self._client().create_account(number, kind, document, email), done)

    def _activate_screen(self) -> OnlineScreen:
        screen = OnlineScreen("activate_account", _tr("Choisir mon mot de passe"), "", self.background)
        self.activate_number = screen.field("foreigner_number", _tr("Numéro étranger"))
        self.activate_code = screen.field("code", _tr("Code reçu par courriel"))
        self.activate_password = screen.field("password", _tr("Nouveau mot de passe"), secret=True,
                                              hint=_tr("au moins 10 caractères"))
        self.activate_again = screen.field("password_again", _tr("Le même mot de passe"), secret=True)
        screen.button("Activate", _tr("Activer mon compte"), self.do_activate, "Primary")
        screen.button("BackToLogin", _tr("Retour"), lambda: self._show(self.login))
        return screen

    def do_activate(self) -> None:
        number, code = self.activate_number.text(), self.activate_code.text()
        password = self.activate_password.text()
        if password != self.activate_again.text():
            self.activate.error.show_text(_tr("Impossible pour le moment"),
                                          [_tr("Les deux mots de passe sont différents.")])
            return

        def done(_status: object) -> None:
            self.login_number.setText(number)
            self.login.info.show_text(_tr("Compte activé"), [_tr(
                "Votre compte est actif. Connectez-vous avec votre numéro étranger et votre mot de passe.")])
            for edit in (self.activate_code, self.activate_password, self.activate_again):
                edit.clear()
            self._show(self.login)

        self.activate.call(lambda: self._client().activate_account(number, code, password), done)

    # -- notifications (I1/I2) ----------------------------------------------------------
    def _inbox_screen(self) -> OnlineScreen:
        screen = OnlineScreen("notifications", _tr("Messages de la préfecture"), "", self.background)
        self.inbox_list = QVBoxLayout()
        self.inbox_list.setSpacing(12)
        screen.body.addLayout(self.inbox_list)
        screen.button("Refresh", _tr("Actualiser"), self.refresh_inbox)
        screen.button("Logout", _tr("Me déconnecter"), self.leave_space, "Primary")
        return screen

    def refresh_inbox(self) -> None:
        self.inbox.call(lambda: self._client().notifications(), self.show_inbox)

    def show_inbox(self, notifications: list[Notification]) -> None:
        self.notifications = notifications
        _clear(self.inbox_list)
        if not notifications:
            self.inbox_list.addWidget(_label(_tr("Aucun message pour le moment."), "PageIntro"))
        for notification in notifications:
            self.inbox_list.addWidget(self._card(notification))
        self._show(self.inbox)

    def _card(self, notification: Notification) -> QFrame:
        card = QFrame()
        card.setObjectName("Card")
        card.setProperty("notification", notification.id)
        layout = QVBoxLayout(card)
        when = notification.created_at.astimezone().strftime("%d/%m/%Y %H:%M")
        layout.addWidget(_label(f"{notification.title} — {when}", "CardTitle"))
        if notification.deposit_number:
            layout.addWidget(_label(_tr("Demande n° %1").replace("%1", notification.deposit_number)))
        layout.addWidget(_label(notification.message))
        if notification.reason:
            layout.addWidget(_label(_tr("Motif : %1").replace("%1", notification.reason)))
        if notification.requirements:
            names = [tr_procedure(self.requirement_label(code)) for code in notification.requirements]
            layout.addWidget(_label(_tr("Pièces demandées :") + "\n" + "\n".join(f"• {n}" for n in names)))
        latest = next(n for n in self.notifications if n.dossier_id == notification.dossier_id)
        if (notification.kind == "complement_requested" and latest is notification
                and self.store is not None):
            answer = _button(_tr("Envoyer les pièces demandées"),
                             lambda: self.open_complement(notification), "Primary")
            answer.setObjectName(f"complement:{notification.dossier_id}")
            layout.addWidget(answer)
        if notification.attestation_available:
            row = QHBoxLayout()
            show = _button(_tr("Afficher l'attestation"),
                           lambda: self.fetch_attestation(notification, False))
            show.setObjectName(f"attestation:{notification.dossier_id}")
            printing = _button(_tr("Imprimer l'attestation"),
                               lambda: self.fetch_attestation(notification, True))
            row.addWidget(show)
            row.addWidget(printing)
            row.addStretch(1)
            layout.addLayout(row)
        card.setAccessibleName(notification.title)
        return card

    def fetch_attestation(self, notification: Notification, to_printer: bool) -> None:
        def done(pdf: bytes) -> None:
            if to_printer:
                self.print_pdf(pdf)
            else:
                self.show_pdf(pdf, _tr("Attestation de décision favorable"))

        self.inbox.call(lambda: self._client().attestation(notification.dossier_id), done)

    # -- answering a complement request ----------------------------------------------------
    def _complement_screen(self) -> OnlineScreen:
        screen = OnlineScreen("complement", _tr("Envoyer les pièces demandées"), _tr(
            "Ajoutez un fichier pour chaque pièce demandée, puis envoyez. Vos pièces sont "
            "enregistrées sur la borne et transmises dès que la connexion le permet."), self.background)
        self.complement_panel = ComplementPanel(
            self.choose_files, lambda code: tr_procedure(self.requirement_label(code)),
            on_sent=self.complement_sent,
            on_error=lambda text: screen.error.show_text(_tr("Impossible pour le moment"),
                                                         [text] if text else []))
        screen.body.addWidget(self.complement_panel)
        screen.button("SendComplement", _tr("Envoyer"), self.complement_panel.send, "Primary")
        screen.button("CancelComplement", _tr("Annuler"), self.cancel_complement)
        return screen

    def open_complement(self, notification: Notification) -> None:
        assert self.store is not None
        session = ComplementSession(self.store, notification.dossier_id, self.foreigner_number,
                                    list(notification.requirements))
        self.complement.error.show_text("", [])
        self.complement_panel.start(session, notification.reason)
        self._show(self.complement)

    def complement_sent(self, _dossier_id: str) -> None:
        self.sync_now()  # sealed and sent in the background, or later when the network is back
        self.inbox.info.show_text(_tr("Pièces enregistrées"), [_tr(
            "Vos pièces sont enregistrées sur la borne. Elles seront transmises à la préfecture "
            "dès que possible ; un message vous le confirmera ici.")])
        self._show(self.inbox)

    def cancel_complement(self) -> None:
        self.complement_panel.cancel()
        self._show(self.inbox)

    def requirement_label(self, code: str) -> str:
        labels = {r.code: r.label for r in self.procedure.documents}
        return labels.get(code, code)

    def leave_space(self) -> None:
        self.close_session()
        self.leave()


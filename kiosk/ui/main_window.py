"""The kiosk's window: a top bar with the step indicator, the current screen, and
Back / Continue. It owns the applicant's DepositSession and moves between screens."""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QClipboard, QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import Settings
from kiosk.deposit.resume import ResumeCodes, SavedTicket
from kiosk.deposit.session import PENDING_STATUS, DepositRefused, DepositSession
from kiosk.i18n_catalog import SOURCE_LANGUAGE
from kiosk.procedure.definition import Page, Procedure, default_procedure
from kiosk.security.pins import PinGuard
from kiosk.store.dossiers import DossierStore
from kiosk.store.errors import DossierNotFound
from kiosk.store.models import DRAFT
from kiosk.ui.admin import AdminDialog, PinDialog
from kiosk.ui.appearance import AppearanceControls, WrapButton
from kiosk.ui.dashboard import DashboardScreen
from kiosk.ui.i18n import current_language, languages, set_language, tr_procedure
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.lockdown import Lockdown
from kiosk.ui.online import OnlineFactory, OnlineSpace
from kiosk.ui.onscreen_keyboard import OnScreenKeyboard
from kiosk.ui.onscreen_keyboard import requested as onscreen_keyboard_requested
from kiosk.ui.pages import (
    ConfirmationScreen,
    DocumentsScreen,
    NoticeScreen,
    PreambleScreen,
    QuestionScreen,
    RequestScreen,
    ReviewScreen,
    Screen,
    WelcomeScreen,
)
from kiosk.ui.pdf_viewer import PdfDialog, print_pdf
from kiosk.ui.speech import ReadAloudButton, find_engine
from kiosk.ui.sync_service import SyncService

FileChooser = Callable[[], list[Path]]
log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, store: DossierStore, *, procedure: Procedure | None = None,
                 today: Callable[[], date] = date.today,
                 choose_files: FileChooser | None = None,
                 sync: SyncService | None = None, online: OnlineFactory | None = None,
                 settings: Settings | None = None) -> None:
        super().__init__()
        self.store = store
        # None (tests, tools): assisted, no idle timeout, no lockdown.
        self.settings = settings
        self.mode = settings.mode if settings is not None else "assisted"
        self.procedure = procedure or default_procedure()
        self.today = today
        self._choose_files = choose_files or self._ask_files
        # 2D-Doc trust store factory (app.py: TrustStore.load(data_dir, include_test_authority=demo));
        # None: an empty store, so no 2D-Doc signature is ever shown as valid.
        self.trust_store: Callable[[], object] | None = None
        self.session: DepositSession | None = None
        # « Enregistrer et reprendre plus tard »: drafts put aside under a resume code.
        self.resume_codes = ResumeCodes(store, retention_days=settings.resume_retention_days
                                        if settings is not None else 30)
        self._purge_timer = QTimer(self)  # expired saved drafts go even on an idle kiosk
        self._purge_timer.setInterval(3600 * 1000)
        self._purge_timer.timeout.connect(self.purge_saved_drafts)
        self._purge_timer.start()
        self.returning_to_review = False
        self.acknowledged_warnings: set[str] = set()
        self.temp_dir = Path(tempfile.mkdtemp(prefix="escale-"))
        self.language = current_language()  # the language the screens are rendered in
        self._sync_status: tuple[dict, bool, str] | None = None
        self.setWindowTitle(self.tr("Escale – dépôt de demande de titre de séjour"))
        self.setMinimumSize(1024, 700)

        self.step_label = QLabel()
        self.step_label.setObjectName("StepLabel")
        self.step_label.setWordWrap(True)  # never clipped, even at 200 %
        top = QWidget()
        top.setObjectName("TopBar")
        top_rows = QVBoxLayout(top)  # the kiosk's state, then the applicant's reading aids
        top_rows.setContentsMargins(24, 10, 24, 10)
        top_layout = QHBoxLayout()
        top_rows.addLayout(top_layout)
        app_name = QLabel("Escale")
        app_name.setObjectName("AppName")
        top_layout.addWidget(app_name)
        top_layout.addStretch(1)
        top_layout.addWidget(self.step_label)
        self.sync_label = QLabel(self.tr("Transmission : non configurée"))
        self.sync_label.setObjectName("SyncLabel")
        self.sync_label.setWordWrap(True)
        top_layout.addSpacing(24)
        top_layout.addWidget(self.sync_label)
        self.upload_bar = QProgressBar()
        self.upload_bar.setObjectName("UploadBar")
        self.upload_bar.setAccessibleName(self.tr("Envoi du dossier en cours"))
        self.upload_bar.setMaximumWidth(160)
        self.upload_bar.setRange(0, 100)
        self.upload_bar.hide()  # shown only while a dossier's files are being sent
        top_layout.addWidget(self.upload_bar)
        # Each language named in its own script, no flags; reachable from every screen.
        self.language_menu = QComboBox()
        self.language_menu.setObjectName("LanguageMenu")
        for code, name in languages().items():
            self.language_menu.addItem(name, code)
        self.language_menu.setCurrentIndex(self.language_menu.findData(self.language))
        self.language_menu.setMinimumHeight(48)
        self.language_menu.setMinimumWidth(160)  # the longest name and the arrow, never clipped
        self.language_menu.setAccessibleName(self.tr("Langue / Language"))
        self.language_menu.activated.connect(
            lambda index: self.choose_language(str(self.language_menu.itemData(index))))
        top_layout.addSpacing(16)
        top_layout.addWidget(self.language_menu)
        # For IT staff, behind the admin PIN: configuration, diagnostics, exit.
        self.admin_button = QPushButton("⚙")
        self.admin_button.setObjectName("OpenAdmin")
        self.admin_button.setAccessibleName(self.tr("Administration"))
        self.admin_button.setToolTip(self.tr("Administration"))
        self.admin_button.clicked.connect(self.open_admin)
        self.admin_button.setVisible(settings is not None)
        top_layout.addWidget(self.admin_button)
        # Reading aids for everyone, on every screen: read aloud, text size, contrast.
        self.read_aloud = ReadAloudButton(self.current_screen, lambda: self.language, find_engine())
        self.appearance_controls = AppearanceControls()
        tools = QHBoxLayout()
        tools.addStretch(1)
        tools.addWidget(self.read_aloud)
        tools.addSpacing(16)
        tools.addWidget(self.appearance_controls)
        top_rows.addLayout(tools)

        self.stack = QStackedWidget()

        self.back_button = WrapButton(self.tr("Retour"))  # wraps rather than being cut at 200 %
        self.back_button.setObjectName("Back")
        self.back_button.clicked.connect(self.go_back)
        self.continue_button = WrapButton(self.tr("Continuer"))
        self.continue_button.setObjectName("Primary")
        self.continue_button.clicked.connect(self.go_forward)
        nav = QWidget()
        nav_layout = QHBoxLayout(nav)
        nav_layout.setContentsMargins(24, 10, 24, 16)
        nav_layout.addWidget(self.back_button)
        nav_layout.addStretch(1)
        self.save_later_button = WrapButton(self.tr("Enregistrer et reprendre plus tard"))
        self.save_later_button.setObjectName("SaveForLater")
        self.save_later_button.setAccessibleName(self.tr("Enregistrer et reprendre plus tard"))
        self.save_later_button.setMinimumHeight(48)
        self.save_later_button.clicked.connect(self.save_for_later)
        nav_layout.addWidget(self.save_later_button)
        nav_layout.addSpacing(12)
        nav_layout.addWidget(self.continue_button)
        self.nav = nav

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(nav)
        # Room for the on-screen keyboard (touch terminals): the screen and its buttons
        # are lifted above it while it is up.
        self.keyboard_room = QWidget()
        self.keyboard_room.setFixedHeight(0)
        layout.addWidget(self.keyboard_room)
        self.setCentralWidget(central)
        self.keyboard: OnScreenKeyboard | None = None
        if onscreen_keyboard_requested():
            self.keyboard = OnScreenKeyboard(self, make_room=self._make_keyboard_room,
                                             reveal=self.scroll_to)
            self.keyboard.set_language(self.language)

        self.sync = sync
        if sync is not None:
            sync.worker.status.connect(self.show_sync_status)
            sync.worker.progress.connect(self.show_upload_progress)
            sync.worker.finished_pass.connect(lambda _report: self.upload_bar.hide())
        self.page_ids = {page.id for page in self.procedure.pages}
        self.scrolls: dict[QWidget, QScrollArea] = {}
        self._online_factory: OnlineFactory = online or (lambda: None)
        self._build_screens()
        self.current: str = "welcome"
        self.show_welcome()
        self.mediator_signed_in = False
        self.pin_guard = PinGuard(settings.data_dir) if settings is not None else None
        self.lockdown = Lockdown(self) if self.mode == "self_service" else None
        self.idle: IdleWatcher | None = None
        if settings is not None:
            self.idle = IdleWatcher(self, timeout_seconds=settings.idle_timeout_seconds,
                                    countdown_seconds=settings.idle_countdown_seconds,
                                    is_active=self.has_applicant,
                                    on_expire=lambda: self.end_session("idle"))

    def _build_screens(self) -> None:
        """The screens, in the current language (built again when it changes)."""
        self.dashboard = DashboardScreen(self.store, on_close=self.show_welcome,
                                         on_sync=self.sync_now,
                                         on_self_service=self.start_self_service)
        self.welcome = WelcomeScreen(self)
        self.confirmation = ConfirmationScreen(self)
        # Wizard screens are built when first shown: the welcome screen comes up sooner.
        self._screens: dict[str, Screen] = {}
        self.online_space = OnlineSpace(self.procedure, self._online_factory,
                                        show=lambda screen: self._show(screen.objectName(), screen),
                                        leave=self.show_welcome, show_pdf=self.show_pdf_bytes,
                                        print_pdf=self.print_pdf_bytes, store=self.store,
                                        choose_files=lambda: self._choose_files(), sync_now=self.sync_now)
        self._add_screen(self.welcome)
        self._add_screen(self.dashboard)
        self._add_screen(self.confirmation)
        for screen in self.online_space.screens:
            self._add_screen(screen)

    # -- languages ----------------------------------------------------------------------
    def choose_language(self, lang: str) -> None:
        app = QApplication.instance()
        if app is not None and lang != current_language():
            set_language(app, lang)

    def changeEvent(self, event: QEvent) -> None:
        # Several LanguageChange events come with one switch: re-render once per language;
        # a hidden window (closed, or not shown yet) re-renders when it is shown.
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self._follow_language()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._follow_language()
        super().showEvent(event)

    def _follow_language(self) -> None:
        if self.language != current_language():
            self.language = current_language()
            if self.keyboard is not None:
                self.keyboard.set_language(self.language)
            self.retranslate()

    def retranslate(self) -> None:
        """Every text in the new language: the top bar and buttons in place, the screens built
        again and the current one re-entered. Answers live in the session: nothing is lost."""
        self.setWindowTitle(self.tr("Escale – dépôt de demande de titre de séjour"))
        self.upload_bar.setAccessibleName(self.tr("Envoi du dossier en cours"))
        self.language_menu.setAccessibleName(self.tr("Langue / Language"))
        self.language_menu.setCurrentIndex(self.language_menu.findData(self.language))
        if self._sync_status is None:
            self.sync_label.setText(self.tr("Transmission : non configurée"))
        current, old_online = self.current, self.online_space
        old = list(self.scrolls.values())
        self.scrolls.clear()
        self._build_screens()
        # The applicant's online session (if any) carries over to the new screens.
        self.online_space.client, old_online.client = old_online.client, None
        self.online_space.foreigner_number = old_online.foreigner_number
        self.online_space.notifications = old_online.notifications
        if current in self.page_ids and self.session is not None:
            self.go_to(current)
        elif current == "dashboard":
            self.show_dashboard()
        elif current == "confirmation":
            self._show("confirmation", self.confirmation)
            self.refresh_confirmation()
        elif current == "screen:notifications":
            self.online_space.show_inbox(self.online_space.notifications)
        elif screen := next((s for s in self.online_space.screens if s.objectName() == current), None):
            self._show(current, screen)
        else:
            self.show_welcome()
        if self._sync_status is not None:
            self.show_sync_status(*self._sync_status)
        for scroll in old:
            self.stack.removeWidget(scroll)
            scroll.deleteLater()

    def _add_screen(self, screen: QWidget) -> None:
        """Each screen scrolls on its own, centred, no wider than a comfortable line."""
        screen.setMaximumWidth(1000)
        screen.setProperty("screen", True)
        screen.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll.setWidget(screen)
        self.scrolls[screen] = scroll
        self.stack.addWidget(scroll)

    def current_screen(self) -> QWidget:
        return self.stack.currentWidget().widget()

    def screen_for(self, page_id: str) -> Screen:
        if page_id not in self._screens:
            self._screens[page_id] = self._make_screen(self.procedure.page(page_id))
            self._add_screen(self._screens[page_id])
        return self._screens[page_id]

    def _make_screen(self, page: Page) -> Screen:
        kinds = {"notice": NoticeScreen, "preamble": PreambleScreen,
                 "documents": DocumentsScreen, "review": ReviewScreen}
        if page.kind in kinds:
            return kinds[page.kind](self, page)
        if page is self.procedure.pages[0]:
            return RequestScreen(self, page)
        return QuestionScreen(self, page)

    # -- sessions ---------------------------------------------------------------------
    def show_welcome(self) -> None:
        self.purge_saved_drafts()
        # Self-service: a draft left here is somebody else's; it is never offered.
        draft = None if self.mode == "self_service" else self.store.latest_draft(self.procedure.id)
        self.welcome.enter(draft.updated_at.astimezone().strftime("%d/%m/%Y %H:%M")
                           if draft else None)
        self._show("welcome", self.welcome)

    def show_online_space(self) -> None:
        self.online_space.open()

    def show_pdf_bytes(self, pdf: bytes, title: str) -> None:
        PdfDialog(self._temp_pdf(pdf), title, self).exec()

    def print_pdf_bytes(self, pdf: bytes) -> None:
        print_pdf(self._temp_pdf(pdf), self)

    def _temp_pdf(self, pdf: bytes) -> Path:
        """In the session's temp folder, wiped when the applicant finishes."""
        handle, name = tempfile.mkstemp(suffix=".pdf", dir=self.temp_dir)
        with open(handle, "wb") as out:
            out.write(pdf)
        return Path(name)

    def show_dashboard(self) -> None:
        if self.mode == "self_service":
            # Nothing outside the procedure, but a mediator may take the kiosk back.
            self.ask_pin("mediator", lambda: self.switch_mode("assisted"))
            return
        if (self.settings is not None and self.settings.mediator_pin_hash
                and not self.mediator_signed_in):
            self.ask_pin("mediator", self._mediator_signed_in)
            return
        self.dashboard.refresh()
        self._show("dashboard", self.dashboard)

    def start_self_service(self) -> None:
        """The mediator's "Passer en libre-service" (they are signed in on the dashboard)."""
        if not self.switch_mode("self_service"):
            self.dashboard.show_notice(self.tr(
                "Le libre-service demande un code médiateur dans la configuration : "
                "sans lui, personne ne pourrait reprendre la main."))

    def switch_mode(self, mode: str) -> bool:
        """Assisted <-> self-service while running (the caller checked the mediator PIN).
        The configured mode comes back at the next start. False if refused."""
        if mode == self.mode or self.settings is None:
            return mode == self.mode
        if mode == "self_service" and not self.settings.mediator_pin_hash:
            return False  # there would be no way back but the admin exit
        self.end_session(f"switch to {mode}")  # in the old mode: an assisted draft is kept
        self.mode = mode
        if mode == "self_service":
            self.lockdown = Lockdown(self)
            self.show_welcome()  # again, now that no draft may be offered
            self.showFullScreen()
        else:
            if self.lockdown is not None:
                self.lockdown.grant_exit()
                self.lockdown.deleteLater()
                self.lockdown = None
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
            self.showMaximized()
            self.mediator_signed_in = True
            self.show_dashboard()
        log.info("mode switched to %s", mode)
        return True

    def sync_now(self) -> None:
        if self.sync is not None:
            self.sync.sync_now()

    def show_upload_progress(self, _dossier_id: str, sent: int, total: int) -> None:
        self.upload_bar.setValue(round(100 * sent / total) if total else 100)
        self.upload_bar.setVisible(sent < total)

    def show_sync_status(self, counts: dict, reached: bool, stopped: str = "") -> None:
        """Online/offline and what waits, in words, in the top bar."""
        self._sync_status = (counts, reached, stopped)
        waiting = sum(counts.get(s, 0) for s in ("sealed", "sending", "sent", "retry_wait"))
        blocked = counts.get("quarantined", 0)
        text = self.tr("● En ligne") if reached else self.tr("○ Hors ligne")
        if stopped == "device_refused":
            text = self.tr("✖ Borne non autorisée : prévenez le service informatique")
        elif stopped == "not_enrolled":
            text = self.tr("○ Borne non enregistrée auprès du service central")
        if waiting:
            text += " · " + self.tr("%1 dossier(s) à transmettre").replace("%1", str(waiting))
        if blocked:
            text += " · " + self.tr("%1 bloqué(s)").replace("%1", str(blocked))
        self.sync_label.setText(text)
        if self.current == "dashboard":
            self.dashboard.refresh()
        if self.current == "confirmation":
            self.refresh_confirmation()

    def refresh_confirmation(self) -> None:
        """The confirmation screen follows its dossier: the deposit number once received."""
        if self.session is None:
            return
        try:
            data = self.session.confirmation_data()
        except (DepositRefused, DossierNotFound):
            return
        self.confirmation.enter(data.dossier_id, data.status, data.deposit_number)

    def start_new(self) -> None:
        self.session = DepositSession.start(self.store, procedure=self.procedure, today=self.today)
        self.returning_to_review = False
        self.acknowledged_warnings.clear()
        self.go_to(self.procedure.pages[0].id)

    def resume_draft(self) -> None:
        self.session = DepositSession.resume_latest(self.store, procedure=self.procedure,
                                                    today=self.today)
        if self.session is None:
            self.show_welcome()
            return
        self.go_to(self.session.current_page or self.procedure.pages[0].id)

    def discard_draft(self) -> None:
        draft = self.store.latest_draft(self.procedure.id)
        if draft:
            self.store.delete(draft.id)
        self.show_welcome()

    # -- « Enregistrer et reprendre plus tard » (kiosk/ui/resume.py) ---------------------
    def purge_saved_drafts(self) -> None:
        """Delete the saved drafts whose time is up (at start-up, on the welcome screen, hourly)."""
        try:
            self.resume_codes.purge()
        except Exception:  # never keeps the welcome screen from showing; retried next time
            log.exception("purge of expired saved drafts failed")

    def save_for_later(self) -> None:
        """Ask, then put the draft aside under a resume code and show it (with its slip); at
        "Terminer" the session ends as on idle timeout, the saved draft stays."""
        if self.session is None or self.current not in self.page_ids:
            return
        from kiosk.ui.resume import SaveForLaterDialog

        session = self.session
        dialog = SaveForLaterDialog(self, save=lambda: session.save_for_later(self.resume_codes),
                                    show_slip=self.show_resume_slip, print_slip=self.print_resume_slip)
        dialog.saved.connect(lambda _ticket: self._saved_for_later(session))
        dialog.finished.connect(lambda _r: self._close_saved_dialog(dialog))
        dialog.open()

    def _saved_for_later(self, session: DepositSession) -> None:
        if self.session is session:
            self.session = None  # the draft is no longer a dossier: nothing to discard

    def _close_saved_dialog(self, dialog: QDialog) -> None:
        saved = getattr(dialog, "ticket", None) is not None
        dialog.deleteLater()
        if saved:  # after the current event: an idle timeout's end_session may be closing it
            QTimer.singleShot(0, self._end_after_saving)

    def _end_after_saving(self) -> None:
        if self.session is None and self.current != "welcome":
            self.end_session("saved for later")

    def resume_slip_pdf(self, ticket: SavedTicket) -> Path:
        from kiosk.pdf.resume_slip import ResumeSlip, render_resume_slip

        out = self.temp_dir / "ticket-de-reprise.pdf"  # French + the applicant's language
        site = self.settings.site_name if self.settings is not None else None
        render_resume_slip(ResumeSlip(ticket.code, ticket.last_day, site), out, lang=self.language)
        return out

    def show_resume_slip(self, ticket: SavedTicket) -> None:
        PdfDialog(self.resume_slip_pdf(ticket), self.tr("Ticket de reprise"), self).exec()

    def print_resume_slip(self, ticket: SavedTicket) -> None:
        print_pdf(self.resume_slip_pdf(ticket), self)

    def open_resume_with_code(self) -> None:
        """The welcome screen's "Reprendre avec un code"."""
        from kiosk.ui.resume import ResumeCodeDialog

        def attempt(code: str) -> tuple[object, DepositSession | None]:  # off the GUI thread
            return DepositSession.resume_with_code(self.store, self.resume_codes, code,
                                                   procedure=self.procedure, today=self.today)

        dialog = ResumeCodeDialog(self, attempt)
        dialog.resumed.connect(self._resumed_with_code)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        dialog.input.setFocus()

    def _resumed_with_code(self, session: DepositSession) -> None:
        self.session = session
        self.returning_to_review = False
        self.acknowledged_warnings.clear()
        self.go_to(session.current_page or self.procedure.pages[0].id)

    def finish(self) -> None:
        """End of the applicant's session: forget it and wipe its temporary files."""
        self.session = None
        self.online_space.close_session()
        self._wipe_temp()
        self._reset_language()
        self.appearance_controls.reset()  # the next applicant starts at 100 %, usual colours
        self.show_welcome()

    # -- PINs, admin, exit -------------------------------------------------------------
    def ask_pin(self, kind: str, then: Callable[[], None]) -> PinDialog | None:
        """The PIN dialog, shown without blocking; `then` once the right PIN is given."""
        if self.settings is None or self.pin_guard is None:
            return None
        encoded = self.settings.admin_pin_hash if kind == "admin" else self.settings.mediator_pin_hash
        dialog = PinDialog(self, kind, self.pin_guard, encoded)
        dialog.accepted.connect(then)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        dialog.input.setFocus()
        return dialog

    def _mediator_signed_in(self) -> None:
        self.mediator_signed_in = True
        self.show_dashboard()

    def open_admin(self) -> None:
        self.ask_pin("admin", self._show_admin)

    def _show_admin(self) -> None:
        assert self.settings is not None
        dialog = AdminDialog(self, self.settings, self.store, on_quit=self.quit_kiosk)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def quit_kiosk(self) -> None:
        """Admin "Quitter": the applicant's session ends, then the window may close."""
        if self.session is not None or self.current != "welcome":
            self.end_session("admin exit")
        if self.lockdown is not None:
            self.lockdown.grant_exit()
        self.close()

    def has_applicant(self) -> bool:
        """Whether anything of an applicant may be on screen (what an idle timeout ends)."""
        return self.session is not None or self.current != "welcome"

    def end_session(self, reason: str) -> None:
        """End the applicant's session now (idle timeout): dialogs closed (cameras stop),
        online space logged out, the draft discarded in self-service (kept, encrypted at
        rest, in assisted mode), temp files and clipboard wiped, every screen built anew."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()  # ScanDialog / PageCaptureDialog stop their camera on reject
        session, self.session = self.session, None
        if session is not None and self.mode == "self_service":
            try:
                if self.store.load(session.dossier_id).state == DRAFT:
                    self.store.delete(session.dossier_id)
            except DossierNotFound:
                pass
        self.online_space.close_session()
        self.returning_to_review = False
        self.acknowledged_warnings.clear()
        self.mediator_signed_in = False  # an unattended kiosk: the mediator signs in again
        clipboard = QGuiApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self._wipe_temp()
        self._reset_language()
        self.read_aloud.stop()
        self.appearance_controls.reset()  # the next applicant starts at 100 %, usual colours
        self._rebuild_screens()
        log.info("session ended: %s", reason)

    def _rebuild_screens(self) -> None:
        """Every screen built anew (nothing of the last applicant left in a widget), then
        the welcome screen."""
        old = list(self.scrolls.values())
        self.scrolls.clear()
        self._build_screens()
        self.show_welcome()
        for scroll in old:  # out of the window now, deleted at the next turn
            self.stack.removeWidget(scroll)
            scroll.setParent(None)
            scroll.deleteLater()

    def _reset_language(self) -> None:
        """The next applicant starts in French, whatever the last one chose."""
        app = QApplication.instance()
        if app is not None and current_language() != SOURCE_LANGUAGE:
            set_language(app, SOURCE_LANGUAGE)

    def _wipe_temp(self) -> None:
        shutil.rmtree(self.temp_dir, ignore_errors=True)
        self.temp_dir = Path(tempfile.mkdtemp(prefix="escale-"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.lockdown is not None and not self.lockdown.exit_granted:
            event.ignore()  # self-service: only the admin PIN opens the way out
            return
        shutil.rmtree(self.temp_dir, ignore_errors=True)
        if self.idle is not None:
            self.idle.stop()
        super().closeEvent(event)

    # -- navigation -------------------------------------------------------------------
    def _show(self, name: str, widget: QWidget) -> None:
        self.current = name
        scroll = self.scrolls[widget]
        self.stack.setCurrentWidget(scroll)
        in_wizard = name in self.page_ids
        self.nav.setVisible(in_wizard)
        scroll.verticalScrollBar().setValue(0)
        if in_wizard:
            page = self.procedure.page(name)
            step = next((s for s in self.procedure.steps if s.number == page.step), None)
            self.step_label.setText(
                self.tr("Étape %1/%2 : %3").replace("%1", str(step.number)).replace(
                    "%2", str(len(self.procedure.steps))).replace("%3", tr_procedure(step.title))
                if step else self.tr("Avant de commencer"))
            screen = self.screen_for(name)
            self.continue_button.setText(
                self.tr("Revenir à la vérification") if self.returning_to_review
                and name != "review" else QCoreApplication.translate("Screen", screen.continue_text))
            self.back_button.setText(self.tr("Retour"))
            self.save_later_button.setText(self.tr("Enregistrer et reprendre plus tard"))
            self.save_later_button.setAccessibleName(self.save_later_button.text())
        else:
            self.step_label.setText(self.tr("Étape 5/5 : Confirmation")
                                    if name == "confirmation" else "")

    def go_to(self, page_id: str) -> None:
        assert self.session is not None
        screen = self.screen_for(page_id)
        self.session.set_page(page_id)
        self._show(page_id, screen)
        screen.enter()
        self.continue_button.setEnabled(True)
        # The keyboard user starts at the top of the new page (the next Tab reaches its
        # first field), not on the button pressed on the previous one.
        if QApplication.focusWidget() in (self.continue_button, self.back_button):
            self.stack.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_from_review(self, page_id: str) -> None:
        self.returning_to_review = True
        self.go_to(page_id)

    def go_back(self) -> None:
        if self.session is None or self.current not in self.page_ids:
            return
        previous = self.session.previous_page(self.current)
        if previous is None and self.mode == "self_service":
            self.end_session("left")  # alone at the kiosk: leaving forgets the draft
        elif previous is None:
            self.finish_to_welcome()
        else:
            self.go_to(previous.id)

    def finish_to_welcome(self) -> None:
        """Leave the wizard; the draft stays saved and can be resumed."""
        self.session = None
        self.show_welcome()

    def go_forward(self) -> None:
        if self.session is None or self.current not in self.page_ids:
            return
        screen = self.screen_for(self.current)
        if not screen.validate():
            return
        evaluation = self.session.evaluation()
        blockers = evaluation.blockers_so_far()
        screen.show_blockers(blockers)
        if blockers:
            screen.blocker_panel.setFocus()
            return
        new_warnings = [w for w in evaluation.warnings_so_far()
                        if w.code not in self.acknowledged_warnings]
        if new_warnings and self.current != "review":
            self.acknowledged_warnings.update(w.code for w in new_warnings)
            screen.show_warnings(new_warnings)
            self.continue_button.setText(self.tr("Continuer malgré tout"))
            return
        if self.current == "review":
            self.deposit()
            return
        if self.returning_to_review:
            incomplete = evaluation.first_incomplete_page()
            target = incomplete[0].id if incomplete else "review"
            if target == "review":
                self.returning_to_review = False
            self.go_to(target)
            return
        following = self.session.next_page(self.current)
        if following is not None:
            self.go_to(following.id)

    def deposit(self) -> None:
        assert self.session is not None
        try:
            record = self.session.deposit()
            self.sync_now()  # sealed and sent in the background, if the network is there
        except DepositRefused as refused:
            screen = self.screen_for(self.current)
            screen.warning_panel.show_text(self.tr("Le dépôt n'est pas encore possible"),
                                           [str(refused)])
            if refused.page_id:
                self.returning_to_review = True
                self.go_to(refused.page_id)
                self.screen_for(refused.page_id).validate()
            return
        self.confirmation.enter(record.id, PENDING_STATUS)
        self._show("confirmation", self.confirmation)

    def _make_keyboard_room(self, pixels: int) -> None:
        if self.keyboard_room.height() != pixels:
            self.keyboard_room.setFixedHeight(pixels)
            layout = self.centralWidget().layout()
            if layout is not None:
                layout.activate()  # the scroll area shrinks now, before a field is revealed

    def scroll_to(self, widget: QWidget) -> None:
        self.stack.currentWidget().ensureWidgetVisible(widget, 50, 100)

    # -- files and PDFs -----------------------------------------------------------------
    def choose_files(self) -> list[Path]:
        return self._choose_files()

    def _ask_files(self) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choisir des fichiers"), str(Path.home()),
            self.tr("Documents (*.pdf *.jpg *.jpeg *.png)"))
        return [Path(n) for n in names]

    def checklist_pdf(self) -> Path:
        assert self.session is not None
        from kiosk.pdf.checklist import render_checklist

        out = self.temp_dir / "liste-des-pieces.pdf"  # in the applicant's language
        render_checklist(self.session.checklist_document(), out, lang=self.language,
                         procedure=self.procedure)
        return out

    def confirmation_pdf(self) -> Path:
        assert self.session is not None
        from kiosk.pdf.confirmation import render_confirmation

        out = self.temp_dir / "confirmation-de-depot.pdf"  # French + the applicant's language
        render_confirmation(self.session.confirmation_data(), out, lang=self.language)
        return out

    def show_checklist(self) -> None:
        PdfDialog(self.checklist_pdf(), self.tr("Liste des pièces justificatives"), self).exec()

    def print_checklist(self) -> None:
        print_pdf(self.checklist_pdf(), self)

    def show_confirmation(self) -> None:
        PdfDialog(self.confirmation_pdf(), self.tr("Confirmation de dépôt"), self).exec()

    def print_confirmation(self) -> None:
        print_pdf(self.confirmation_pdf(), self)

    def save_confirmation(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer la confirmation"),
            str(Path.home() / "confirmation-de-depot.pdf"), "PDF (*.pdf)")
        if target:
            shutil.copyfile(self.confirmation_pdf(), target)



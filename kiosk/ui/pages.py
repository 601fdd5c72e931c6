"""The wizard's screens. Question pages are built from the definition; the other
screens (notice, preamble, documents, review, confirmation, welcome) are generic."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.deposit.display import display_megabytes, display_value, isolated
from kiosk.procedure.definition import Page, Rule
from kiosk.procedure.engine import DocumentStatus, Evaluation
from kiosk.store.errors import AttachmentError
from kiosk.ui.appearance import WrapButton
from kiosk.ui.fields import ConfirmEditor, FieldEditor, make_editor
from kiosk.ui.i18n import tr_procedure

if TYPE_CHECKING:
    from kiosk.ui.main_window import MainWindow


def _label(text: str, name: str | None = None, *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def _button(text: str, on_click: Callable[[], object], name: str | None = None) -> QPushButton:
    button = WrapButton(text)  # its text wraps rather than being cut at large text sizes
    button.setAccessibleName(text)
    if name:
        button.setObjectName(name)
    button.clicked.connect(lambda: on_click())
    return button


def _clear(layout: QVBoxLayout) -> None:
    """Remove a layout's widgets now (not at the next event loop turn), so that what
    replaces them is the only thing found and shown."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget:
            widget.setParent(None)
            widget.deleteLater()


class Panel(QFrame):
    """A boxed message in words (never colour alone): blocker, warning or info."""

    ICONS: ClassVar[dict[str, str]] = {"BlockerPanel": "✖", "WarningPanel": "⚠", "InfoPanel": "ℹ"}

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.setObjectName(kind)
        self.body = _label("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        self.icon = self.ICONS[kind]
        self.setVisible(False)

    def show_text(self, title: str, lines: list[str]) -> None:
        text = "\n\n".join([f"{self.icon} {title}", *lines]) if lines else ""
        self.body.setText(text)
        self.setAccessibleName(title)
        self.setVisible(bool(lines))


class Screen(QWidget):
    """A titled screen with room for blocker and warning panels above its content."""

    continue_text = QT_TRANSLATE_NOOP("Screen", "Continuer")

    def __init__(self, window: MainWindow, page: Page | None = None) -> None:
        super().__init__()
        self.window_ = window
        self.page = page
        self.setObjectName(f"screen:{page.id}" if page else "screen")
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(32, 24, 32, 24)
        self.outer.setSpacing(12)
        if page:
            self.outer.addWidget(_label(tr_procedure(page.title), "PageTitle"))
            if page.intro:
                self.outer.addWidget(_label(tr_procedure(page.intro), "PageIntro"))
        self.blocker_panel = Panel("BlockerPanel")
        self.warning_panel = Panel("WarningPanel")
        self.outer.addWidget(self.blocker_panel)
        self.outer.addWidget(self.warning_panel)
        self.content = QVBoxLayout()
        self.content.setSpacing(8)
        self.outer.addLayout(self.content)
        self.outer.addStretch(1)

    @property
    def session(self):
        return self.window_.session

    def enter(self) -> None:
        """Called each time the screen is shown: refresh from the session."""
        self.show_blockers([])
        self.show_warnings([])

    def show_blockers(self, rules: list[Rule]) -> None:
        lines = [tr_procedure(r.message) + (
            "\n" + self.tr("Que faire : ") + tr_procedure(r.advice) if r.advice else "")
            for r in rules]
        self.blocker_panel.show_text(self.tr("Vous ne pouvez pas continuer cette démarche"), lines)

    def show_warnings(self, rules: list[Rule]) -> None:
        self.warning_panel.show_text(self.tr("Attention"), [tr_procedure(r.message) for r in rules])

    def validate(self) -> bool:
        return True


class QuestionScreen(Screen):
    def __init__(self, window: MainWindow, page: Page) -> None:
        super().__init__(window, page)
        self.editors: dict[str, FieldEditor] = {}
        for question in page.questions:
            editor = make_editor(question)
            editor.changed.connect(lambda value, key=question.key: self.answer(key, value))
            self.editors[question.key] = editor
            self.content.addWidget(editor)
        self.document_reader = None
        if any(q.key == "identity.surname" for q in page.questions):
            from kiosk.ui.scan_view import DocumentReader  # OpenCV loads with the identity page only

            self.document_reader = DocumentReader(self)

    def enter(self) -> None:
        super().enter()
        for key, editor in self.editors.items():
            editor.set_value(self.session.answers.get(key))
            editor.set_error(None)
        self.refresh()

    def answer(self, key: str, value: object) -> None:
        self.session.set_answer(key, value)
        self.refresh()

    def refresh(self) -> None:
        evaluation = self.session.evaluation()
        shown = set(evaluation.shown_questions(self.page))
        for key, editor in self.editors.items():
            editor.setVisible(key in shown)
        if self.document_reader is not None:
            self.document_reader.refresh()

    def validate(self) -> bool:
        for key, editor in self.editors.items():
            # An unticked box is an answer ("no"), which lets its blocker explain itself.
            if editor.isVisible() and isinstance(editor, ConfirmEditor) and key not in self.session.answers:
                self.session.set_answer(key, False)
        evaluation: Evaluation = self.session.evaluation()
        errors = evaluation.page_errors(self.page)
        first: FieldEditor | None = None
        for key, editor in self.editors.items():
            if not editor.isVisible():
                continue
            message = editor.local_error() or errors.get(key)
            editor.set_error(message)
            if message and first is None:
                first = editor
        if first is not None:
            first.input.setFocus()
            self.window_.scroll_to(first)
        return first is None


class NoticeScreen(Screen):
    continue_text = QT_TRANSLATE_NOOP("Screen", "J'ai compris")


class RequestScreen(QuestionScreen):
    continue_text = QT_TRANSLATE_NOOP("Screen", "Je commence")


class PreambleScreen(Screen):
    """The preamble: the Annexe 1 list of documents, personalised as far as known."""

    continue_text = QT_TRANSLATE_NOOP("Screen", "Je continue")

    def __init__(self, window: MainWindow, page: Page) -> None:
        super().__init__(window, page)
        self.list_label = _label("", "Card")
        self.list_label.setAccessibleName(self.tr("Liste des pièces justificatives"))
        self.list_label.setMargin(16)
        self.content.addWidget(self.list_label)
        buttons = QHBoxLayout()
        buttons.addWidget(_button(self.tr("Afficher la liste (PDF)"), self.window_.show_checklist))
        buttons.addWidget(_button(self.tr("Imprimer la liste"), self.window_.print_checklist))
        buttons.addStretch(1)
        self.content.addLayout(buttons)

    def enter(self) -> None:
        super().enter()
        lines: list[str] = []
        section = None
        for item in self.session.evaluation().documents_so_far():
            req = item.requirement
            if req.section != section:
                section = req.section
                lines.append(("\n" if lines else "") + tr_procedure(
                    self.session.procedure.sections[section]).upper())
            mark = {
                DocumentStatus.REQUIRED: self.tr("obligatoire"),
                DocumentStatus.OPTIONAL: self.tr("facultatif"),
                DocumentStatus.UNDECIDED: self.tr("selon votre situation"),
            }[item.status]
            lines.append(f"• {tr_procedure(req.label)} ({mark})")
        lines.append("\n" + tr_procedure(self.session.procedure.translation_note))
        self.list_label.setText("\n".join(lines))


class DocumentsScreen(Screen):
    """Step 3: each requirement of the checklist with its files (photographed or from disk),
    its state (missing / attached / checked) and the verdicts of a check made on it."""

    def __init__(self, window: MainWindow, page: Page) -> None:
        super().__init__(window, page)
        self.note = _label("", "PageIntro")
        self.cards = QVBoxLayout()
        self.content.addWidget(self.note)
        self.content.addLayout(self.cards)
        self.errors: dict[str, str] = {}
        self.capture = None  # the "Photographier" action (kiosk.ui.page_capture), made when first used

    def enter(self) -> None:
        super().enter()
        self.rebuild()

    def rebuild(self) -> None:
        focus = self._focus_place()
        _clear(self.cards)
        self.note.setText(tr_procedure(self.session.procedure.translation_note))
        for state in self.session.document_states():
            self.cards.addWidget(self._card(state))
        self._restore_focus(focus)

    def _focus_place(self) -> tuple[str, str] | None:
        """(card code, widget name) of the keyboard focus, if it is on a card's button."""
        focused = self.window().focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            return None
        card = focused.parentWidget()
        while card is not None and card is not self and card.property("code") is None:
            card = card.parentWidget()
        if card is None or card is self:
            return None
        return str(card.property("code")), focused.objectName()

    def _restore_focus(self, place: tuple[str, str] | None) -> None:
        """The focused button was rebuilt: the keyboard stays on the same card (its "add a
        file" button when the button itself is gone, e.g. after "Retirer")."""
        if place is None:
            return
        code, name = place
        target = self.findChild(QPushButton, name) if name.endswith(f":{code}") else None
        target = target or self.findChild(QPushButton, f"attach:{code}")
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _card(self, state) -> QFrame:
        req = state.item.requirement
        card = QFrame()
        card.setObjectName("Card")
        card.setProperty("code", req.code)
        card.setAccessibleName(tr_procedure(req.label))
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 12)
        required = state.item.status is DocumentStatus.REQUIRED
        badge = self.tr("Obligatoire") if required else self.tr("Facultatif")
        layout.addWidget(_label(f"{tr_procedure(req.label)} — {badge}", "FieldLabel"))
        if req.detail:
            layout.addWidget(_label(tr_procedure(req.detail), "FieldHelp"))
        if state.documents:
            files = len(state.documents) + len(state.translations)
            size = display_megabytes(sum(a.size for a in state.documents + state.translations))
            checked = bool(state.check and state.check.get("accepted"))
            status = (self.tr("✔ Vérifié : %1 fichier(s), %2 page(s), %3 Mo") if checked else
                      self.tr("✔ Joint : %1 fichier(s), %2 page(s), %3 Mo")).replace(
                "%1", str(files)).replace("%2", str(state.pages)).replace("%3", size)
        else:
            status = self.tr("✖ Manquant") if required else self.tr("Aucun fichier (facultatif)")
        status_label = _label(status)
        status_label.setObjectName("DocumentOk" if state.documents else
                                   "FieldError" if required else "FieldHelp")
        layout.addWidget(status_label)
        for attachment in state.documents + state.translations:
            row = QHBoxLayout()
            prefix = self.tr("Traduction : ") if attachment.kind == "translation" else ""
            row.addWidget(_label(f"{prefix}{attachment.original_name} — "
                                 + self.tr("%1 page(s)").replace("%1", str(attachment.pages))), 1)
            remove = _button(self.tr("Retirer"), lambda a=attachment.id: self.detach(a), "Danger")
            remove.setAccessibleName(self.tr("Retirer %1").replace("%1", attachment.original_name))
            row.addWidget(remove)
            layout.addLayout(row)
        if state.check:
            from kiosk.ui.page_capture import verdict_lines

            verdict = _label("\n".join(verdict_lines(state.check)), "FieldHelp")
            verdict.setProperty("role", "document-check")
            layout.addWidget(verdict)
        if req.code in self.errors:
            layout.addWidget(_label("⚠ " + self.errors[req.code], "FieldError"))
        buttons = QHBoxLayout()
        photo = _button(self.tr("Photographier"), lambda: self.photograph(req.code))
        photo.setObjectName(f"photograph:{req.code}")
        buttons.addWidget(photo)
        add = _button(self.tr("Ajouter un fichier"), lambda: self.attach(req.code, "document"))
        add.setObjectName(f"attach:{req.code}")
        buttons.addWidget(add)
        translate = _button(self.tr("Ajouter une traduction"),
                            lambda: self.attach(req.code, "translation"))
        translate.setObjectName(f"translate:{req.code}")
        buttons.addWidget(translate)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return card

    def photograph(self, code: str) -> None:
        if self.capture is None:
            from kiosk.ui.page_capture import PageCapture  # OpenCV loads when first used

            self.capture = PageCapture(self)
        self.capture.open(code)

    def attach(self, code: str, kind: str) -> None:
        self.errors.pop(code, None)
        for path in self.window_.choose_files():
            try:
                self.session.attach(code, path, kind)
            except AttachmentError as exc:
                self.errors[code] = f"{path.name} : {exc}"
        self.rebuild()

    def detach(self, attachment_id: int) -> None:
        self.session.detach(attachment_id)
        self.rebuild()

    def validate(self) -> bool:
        missing = [s for s in self.session.document_states() if not s.complete]
        for state in missing:
            self.errors[state.item.code] = self.tr("Cette pièce est obligatoire.")
        if missing:
            self.rebuild()
            self.warning_panel.show_text(
                self.tr("Pièces manquantes"),
                [tr_procedure(s.item.requirement.label) for s in missing])
        return not missing


class ReviewScreen(Screen):
    """Step 4: every answer, each section reopenable; the deposit button."""

    continue_text = QT_TRANSLATE_NOOP("Screen", "Déposer ma demande")

    def __init__(self, window: MainWindow, page: Page) -> None:
        super().__init__(window, page)
        self.sections = QVBoxLayout()
        self.content.addLayout(self.sections)

    def enter(self) -> None:
        super().enter()
        _clear(self.sections)
        session = self.session
        evaluation = session.evaluation()
        for page in evaluation.visible_pages():
            if page.kind == "questions":
                self.sections.addWidget(self._card(page, evaluation))
        self.sections.addWidget(self._documents_card())
        self.show_warnings(evaluation.warnings_so_far())
        self.show_blockers(evaluation.blockers_so_far())

    def _card(self, page: Page, evaluation: Evaluation) -> QFrame:
        card = QFrame()
        card.setObjectName("Card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 12)
        header = QHBoxLayout()
        header.addWidget(_label(tr_procedure(page.title), "FieldLabel"), 1)
        edit = _button(self.tr("Modifier"), lambda p=page.id: self.window_.edit_from_review(p))
        edit.setObjectName(f"edit:{page.id}")
        edit.setAccessibleName(self.tr("Modifier : ") + tr_procedure(page.title))
        header.addWidget(edit)
        layout.addLayout(header)
        for key in evaluation.shown_questions(page):
            question = self.session.procedure.question(key)
            value = tr_procedure(display_value(question, self.session.answers.get(key)))
            if self.isRightToLeft():  # French answers inside Arabic sentences
                value = isolated(value)
            layout.addWidget(_label(f"{tr_procedure(question.label)} : {value}"))
        return card

    def _documents_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("Card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 12)
        header = QHBoxLayout()
        header.addWidget(_label(self.tr("Pièces justificatives"), "FieldLabel"), 1)
        edit = _button(self.tr("Modifier"), lambda: self.window_.edit_from_review("documents"))
        edit.setObjectName("edit:documents")
        edit.setAccessibleName(self.tr("Modifier : pièces justificatives"))
        header.addWidget(edit)
        layout.addLayout(header)
        for state in self.session.document_states():
            names = ", ".join(a.original_name for a in state.documents + state.translations)
            text = names or (self.tr("MANQUANT") if not state.complete else self.tr("aucun fichier"))
            layout.addWidget(_label(f"{tr_procedure(state.item.requirement.label)} : {text}"))
        return card


class ConfirmationScreen(QWidget):
    """Step 5: the deposit is done; its confirmation can be shown, printed, saved."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.setObjectName("screen:confirmation")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(_label(self.tr("Votre demande est déposée"), "PageTitle"))
        self.summary = _label("", "Card")
        self.summary.setMargin(16)
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addWidget(_button(self.tr("Afficher la confirmation"), window.show_confirmation))
        buttons.addWidget(_button(self.tr("Imprimer"), window.print_confirmation))
        buttons.addWidget(_button(self.tr("Enregistrer une copie…"), window.save_confirmation))
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(_button(self.tr("Terminer"), window.finish, "Primary"),
                         alignment=Qt.AlignmentFlag.AlignRight)

    def enter(self, dossier_id: str, status: str, deposit_number: str | None = None) -> None:
        lines = [self.tr("Numéro de dossier : %1").replace("%1", dossier_id)]
        if deposit_number:
            lines.append(self.tr("Numéro de dépôt : %1").replace("%1", deposit_number))
        lines += [self.tr("État : %1").replace("%1", tr_procedure(status)), ""]
        if deposit_number:
            lines.append(self.tr("Votre demande a été transmise. Conservez la confirmation de "
                                 "dépôt : elle porte votre numéro de dépôt."))
        else:
            lines.append(self.tr("Conservez la confirmation de dépôt : elle prouve que vous avez "
                                 "déposé votre demande. Le numéro de dépôt définitif vous sera "
                                 "communiqué dès la transmission au service central."))
        self.summary.setText("\n".join(lines))


class WelcomeScreen(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("screen:welcome")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(20)
        layout.addWidget(_label(self.tr("Bienvenue"), "PageTitle"))
        layout.addWidget(_label(self.tr(
            "Cette borne vous permet de déposer votre demande de titre de séjour, "
            "même sans connexion internet. Munissez-vous de votre passeport, de votre "
            "titre de séjour actuel et de vos pièces justificatives."), "PageIntro"))
        self.start = _button(self.tr("Je demande le renouvellement de mon titre de séjour"),
                             window.start_new, "Primary")
        layout.addWidget(self.start)
        self.resume_panel = QFrame()
        self.resume_panel.setObjectName("InfoPanel")
        resume_layout = QVBoxLayout(self.resume_panel)
        self.resume_label = _label("")
        resume_layout.addWidget(self.resume_label)
        resume_buttons = QHBoxLayout()
        self.resume = _button(self.tr("Reprendre ce dossier"), window.resume_draft, "Primary")
        resume_buttons.addWidget(self.resume)
        resume_buttons.addWidget(_button(self.tr("Abandonner ce dossier"),
                                         window.discard_draft, "Danger"))
        resume_buttons.addStretch(1)
        resume_layout.addLayout(resume_buttons)
        layout.addWidget(self.resume_panel)
        # A draft saved for later comes back only with its code (kiosk/ui/resume.py).
        self.resume_with_code = _button(self.tr("Reprendre avec un code"),
                                        window.open_resume_with_code, "ResumeWithCode")
        layout.addWidget(self.resume_with_code)
        account = _button(self.tr("Mon espace : messages de la préfecture sur ma demande"),
                          window.show_online_space)
        account.setObjectName("OpenAccount")
        layout.addWidget(account)
        layout.addStretch(1)
        dashboard = _button(self.tr("Espace médiateur : dossiers en file d'attente"),
                            window.show_dashboard)
        dashboard.setObjectName("OpenDashboard")
        layout.addWidget(dashboard, alignment=Qt.AlignmentFlag.AlignLeft)

    def enter(self, draft_updated: str | None) -> None:
        self.resume_panel.setVisible(draft_updated is not None)
        if draft_updated:
            self.resume_label.setText(self.tr(
                "Un dossier commencé sur cette borne n'est pas terminé (dernière "
                "modification : %1).").replace("%1", draft_updated))

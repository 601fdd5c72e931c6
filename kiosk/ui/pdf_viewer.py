"""Show a PDF inside the kiosk (an applicant at a locked terminal has no other viewer)
and print it on the system printer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget


class PdfDialog(QDialog):
    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.path = path
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        view = QPdfView(self)
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setAccessibleName(title)
        print_button = QPushButton(self.tr("Imprimer"))
        print_button.clicked.connect(lambda: print_pdf(self.path, self))
        close_button = QPushButton(self.tr("Fermer"))
        close_button.setObjectName("Primary")
        close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(print_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addLayout(buttons)
        self.resize(900, 1000)


def print_pdf(path: Path, parent: QWidget | None = None) -> bool:
    """Ask for a printer, then print every page at the printer's resolution."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document = QPdfDocument()
    document.load(str(path))
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            target = printer.pageRect(QPrinter.Unit.DevicePixel).size().toSize()
            page = document.pagePointSize(index).toSize().scaled(target, Qt.AspectRatioMode.KeepAspectRatio)
            image = document.render(index, QSize(page.width(), page.height()))
            painter.drawImage(QPoint(0, 0), image)
    finally:
        painter.end()
    return True


"""The store's exceptions: one base class so a caller can catch "anything the store refused"."""

from __future__ import annotations


class StoreError(Exception):
    """Base class of every error raised on purpose by `kiosk.store`."""


class StoreIntegrityError(StoreError):
    """Stored bytes failed authentication: wrong key, tampering, truncation or a swapped blob."""


class SchemaTooNewError(StoreError):
    """The database was written by a newer Escale; this one leaves it untouched."""


class MigrationError(StoreError):
    """A migration left the database inconsistent (it was rolled back)."""


class AttachmentError(StoreError):
    """An attached file was refused. The message is French and tells the user what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DossierStateError(StoreError):
    """The dossier is not in a state that allows this change (e.g. editing a ready dossier)."""


class _NotFound(StoreError, KeyError):
    # KeyError.__str__ would print the message with quotes around it.
    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class DossierNotFound(_NotFound):
    """No dossier has this id."""


class AttachmentNotFound(_NotFound):
    """No attachment has this id (in this dossier)."""


class BlobNotFound(_NotFound):
    """No blob is stored under this hash."""

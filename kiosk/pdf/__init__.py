"""The kiosk's PDF documents (reportlab), made from plain data and nothing else of the app.

    from kiosk.pdf.models import ChecklistDocument, ConfirmationData, ...
    from kiosk.pdf.checklist import render_checklist        # Annexe 1
    from kiosk.pdf.confirmation import render_confirmation  # confirmation de dépôt

No Qt, no procedure engine, no store here: callers fill the dataclasses of `models`.
"""

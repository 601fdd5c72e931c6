"""The attestation of a favourable decision (seed I2): the applicant shows it while
the card is made; a verification code lets an agent check it with the central service."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from kiosk.pdf.confirmation import PARIS
from kiosk.pdf.layout import FRAME_WIDTH, RULE, SHADE, build, french_date, para, styles, table_style
from kiosk.pdf.models import AttestationData

TITLE = "Attestation de décision favorable"
MEANING = (
    "Votre demande de titre de séjour a reçu une décision favorable. Vous serez informé(e) "
    "de la mise à disposition de votre titre. Cette attestation, accompagnée de votre "
    "passeport, justifie de la régularité de votre séjour jusqu'à la remise du titre."
)


def render_attestation(data: AttestationData, out: Path | BinaryIO) -> None:
    st = styles()
    decided = data.decided_at.astimezone(PARIS)
    facts = [
        ("Numéro de dépôt", data.deposit_number),
        ("Décision du", f"{french_date(decided.date())} à {decided:%H:%M}"),
        ("Titre accordé", data.card_title),
        ("Préfecture", data.prefecture),
        ("Nom", data.surname),
        ("Prénoms", data.given_names),
        ("Date de naissance", french_date(data.birth_date)),
        ("Nationalité", data.nationality),
        ("Numéro étranger", data.foreigner_number),
        ("Code de vérification", data.verification_code),
    ]
    table = Table([[para(k, st.small), para(v, st.bold)] for k, v in facts],
                  colWidths=[50 * mm, FRAME_WIDTH - 50 * mm])
    table.setStyle(table_style(("BOX", (0, 0), (-1, -1), 0.6, RULE),
                               ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")))
    story: list[Flowable] = [para(TITLE, st.title), Spacer(1, 6), para(MEANING, st.body),
                             Spacer(1, 10), table]
    build(story, out, title=TITLE, footer=f"Escale — {TITLE.lower()} n° {data.deposit_number}")

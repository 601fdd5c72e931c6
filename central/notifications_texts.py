"""The French words of notifications and of the mails that announce them: plain and short.

A mail only says that something happened to which deposit and asks the applicant to log in
(seed I1/I2: e-mail → login → notification); the agent's words and the attestation stay
behind the login.
"""

from __future__ import annotations

from kiosk.procedure.definition import default_procedure

TITLES = {
    "under_review": "Demande en cours d'instruction",
    "complement_requested": "Pièces complémentaires demandées",
    "complement_received": "Complément reçu",
    "accepted": "Décision favorable",
    "refused": "Décision défavorable",
    "closed_without_action": "Demande classée sans suite",
}


def requirement_labels(codes: list[str]) -> str:
    labels = {r.code: r.label for r in default_procedure().documents}
    return " ; ".join(labels.get(code, code) for code in codes)


def message(kind: str, deposit_number: str | None, requirements: list[str] | None = None) -> str:
    number = f"n° {deposit_number}" if deposit_number else ""
    match kind:
        case "under_review":
            return f"Votre demande {number} est en cours d'examen par le service instructeur."
        case "complement_requested":
            return ("Le service instructeur demande des pièces complémentaires pour votre demande "
                    f"{number} : {requirement_labels(requirements or [])}. "
                    "Joignez-les depuis une borne Escale, dans votre compte.")
        case "complement_received":
            return (f"Les pièces complémentaires de votre demande {number} ont été reçues ; "
                    "l'instruction reprend.")
        case "accepted":
            return (f"Votre demande {number} a reçu une décision favorable. Votre attestation de décision "
                    "favorable est disponible dans votre compte.")
        case "refused":
            return f"Votre demande {number} a reçu une décision défavorable."
        case "closed_without_action":
            return f"Votre demande {number} a été classée sans suite."
    raise ValueError(f"unknown notification kind {kind!r}")


def mail(kind: str, deposit_number: str | None) -> tuple[str, str]:
    """Subject and body of the mail announcing a notification."""
    subject = f"Escale – {TITLES[kind]}"
    number = f"n° {deposit_number}" if deposit_number else ""
    body = (f"Bonjour,\n\nDu nouveau pour votre demande de titre de séjour {number} : "
            f"{TITLES[kind].lower()}.\n\n"
            "Pour en prendre connaissance, connectez-vous à votre compte depuis une borne Escale "
            "avec votre numéro étranger et votre mot de passe.")
    return subject, body

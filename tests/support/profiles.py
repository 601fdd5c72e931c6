"""Answer sets shared by the UI tests: the shipped demo applicant, as typed at a kiosk."""

from kiosk.deposit.demo import DEMO_ANSWERS

IDENTITY = {k: v for k, v in DEMO_ANSWERS.items() if k.startswith("identity.")}
CONTACT = {
    **{k: v for k, v in DEMO_ANSWERS.items() if k.startswith(("contact.", "ephoto."))},
    "contact.phone": "06 12 34 56 78",  # typed the French way; stored as +33612345678
}

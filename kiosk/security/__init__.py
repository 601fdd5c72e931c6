"""Kiosk secrets that are not the applicant's: mediator and admin PINs. No Qt here."""

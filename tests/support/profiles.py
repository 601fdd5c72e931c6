"""Answer sets shared by the UI tests."""

IDENTITY = {
    "identity.surname": "HADDAD",
    "identity.given_names": "Leïla Nour",
    "identity.birth_date": "1990-05-01",
    "identity.sex": "F",
    "identity.nationality": "DZA",
    "identity.foreigner_number": "7501234567",
    "identity.passport_number": "19AB12345",
    "identity.passport_expiry": "2030-01-31",
}
CONTACT = {
    "contact.address_changed": False,
    "contact.address": {"line1": "12 rue des Lilas", "postcode": "75020", "city": "Paris"},
    "contact.phone": "06 12 34 56 78",
    "ephoto.code": "AB12CD34EF56GH78IJ90KL",
}

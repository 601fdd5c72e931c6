"""A complete, eligible answer set: the demo tour and the tests start from it."""

from __future__ import annotations

from typing import Any

# A French host's spouse who stayed in Germany: every page of the wizard is shown.
DEMO_ANSWERS: dict[str, Any] = {
    "current_permit.category": "eu_family_member",
    "current_permit.expiry": "2027-02-15",
    "identity.surname": "HADDAD",
    "identity.given_names": "Leïla Nour",
    "identity.birth_date": "1990-05-01",
    "identity.sex": "F",
    "identity.nationality": "DZA",
    "identity.foreigner_number": "7501234567",
    "identity.passport_number": "19AB12345",
    "identity.passport_expiry": "2030-01-31",
    "contact.address_changed": False,
    "contact.address": {"line1": "12 rue des Lilas", "postcode": "75020", "city": "Paris"},
    "contact.phone": "+33612345678",
    "ephoto.code": "AB12CD34EF56GH78IJ90KL",
    "stay.more_than_5_years": False,
    "host.activity": "employee",
    "host.kind": "french",
    "host.surname": "MARTIN",
    "host.given_names": "Paul",
    "host.birth_date": "1985-07-14",
    "host.nationality": "FRA",
    "relation.kind": "spouse_or_partner",
    "children": [{"surname": "MARTIN", "given_names": "Sami", "birth_date": "2019-04-02",
                  "nationality": "FRA"}],
    "family.status": "married",
    "family.union_date": "2018-03-03",
    "family.union_country": "DEU",
    "other_state.stayed": True,
    "other_state.country": "DEU",
    "other_state.from": "2018-04-01",
    "other_state.to": "2019-06-30",
    "other_state.has_residence_card": True,
}

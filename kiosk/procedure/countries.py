"""ISO 3166-1 alpha-3 countries with their French names, plus the ICAO codes that
travel documents use for nationalities that are not countries."""

from __future__ import annotations

import gettext
import unicodedata
from functools import cache

import pycountry

ICAO_EXTRA = {
    "XKX": "Kosovo",
    "XXA": "Apatride",
    "XXB": "Réfugié (convention de 1951)",
    "XXC": "Réfugié (autre)",
    "XXX": "Nationalité non spécifiée",
}


def _sort_key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c)).casefold()


@cache
def countries() -> dict[str, str]:
    """alpha-3 code → French name, sorted by name."""
    try:
        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
        translate = french.gettext
    except OSError:
        translate = str
    names = {c.alpha_3: translate(c.name) for c in pycountry.countries}
    names.update(ICAO_EXTRA)
    return dict(sorted(names.items(), key=lambda item: _sort_key(item[1])))


def country_name(code: str) -> str:
    return countries().get(code, code)

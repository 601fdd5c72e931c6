"""The three-letter codes an MRZ may carry as issuing state or nationality (ICAO 9303
part 3): ISO 3166-1 alpha-3 from the procedure's country list, plus the codes ICAO
adds for organisations, British nationality classes and special statuses."""

from __future__ import annotations

from functools import cache

from kiosk.procedure.countries import countries

ICAO_SPECIAL = frozenset({
    "D<<",  # Germany writes a one-letter code padded with fillers
    "UTO",  # Utopia, the Doc 9303 specimens' state
    "XXA", "XXB", "XXC", "XXX",  # stateless, refugees, unspecified
    "EUE",  # European Union
    "UNO", "UNA", "UNK",  # United Nations documents, Kosovo (UNMIK)
    "XBA", "XIM", "XCC", "XCE", "XCO", "XEC", "XES", "XMP", "XOM", "XDC", "XPO",  # organisations
    "GBD", "GBN", "GBO", "GBP", "GBS",  # British nationality classes
    "RKS", "XKX",  # Kosovo
    "ANT", "NTZ",  # still seen on older documents
})


@cache
def icao_codes() -> frozenset[str]:
    return frozenset(countries()) | ICAO_SPECIAL

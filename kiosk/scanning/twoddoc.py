"""2D-Doc: the French signed barcode (ANTS specification) on proofs of address, tax
notices, payslips… Pure: text or bytes in, a parsed document and a verdict out.

A C40 2D-Doc (the common form, versions 01 to 04) reads, once the DataMatrix is decoded:

    DC vv AAAA CCCC EEEE SSSS TT [PP] [FR] | message | US signature [GS annex]

marker `DC`, version, certification authority id, certificate id, emission and signature
dates (days since 2000-01-01 in hex, `FFFF` = none), document type, perimeter (v03+),
issuing country (v04). The message is a run of fields: a two-character data identifier,
then a value of fixed length, or of variable length ended by GS (0x1D), by RS (0x1E, the
value was truncated), by reaching its maximum size, or by the US (0x1F) that starts the
signature. The signature is ECDSA (P-256/384/521, SHA-256/384/512 by curve) over
header + message, raw r‖s, base32 without padding (v01 codes may carry it as raw bytes).
A v04 code may end with an unsigned annex after GS, shown but never trusted.

The binary form (first byte 0xDC) is read with a 19-byte header (version byte 4, issuing
country and authority+certificate ids packed in C40, dates as MMDDYYYY integers on
3 bytes, type byte, perimeter on 2 bytes) followed by tag-length-value fields and the
signature under tag 0xFF — the layout of the specification's binary annex and of ICAO's
visible digital seals; no public binary vector was available to check it against.

Nothing malformed escapes as anything but `TwoDDocError(reason)`.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, Literal, Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from kiosk.paths import resources_dir

GS, RS, US = "\x1d", "\x1e", "\x1f"
EPOCH = date(2000, 1, 1)
MAX_CODE_CHARS = 4096  # a DataMatrix holds at most 3116 characters: more is not a scan
C40_HEADER_LENGTH = {1: 22, 2: 22, 3: 24, 4: 26}
BINARY_HEADER_LENGTH = 19
SIGNATURE_TAG = 0xFF

Status = Literal["valid", "invalid", "unknown_certificate"]

_ID = re.compile(r"[0-9A-Z]{2}")
_ALNUM4 = re.compile(r"[0-9A-Z]{4}")
_HEX4 = re.compile(r"[0-9A-F]{4}")
_BASE32 = re.compile(r"[A-Z2-7]+")
# Curve → (hash, bytes per coordinate): the signature is r‖s, each padded to the curve size.
_CURVES: dict[str, tuple[type[hashes.HashAlgorithm], int]] = {
    "secp256r1": (hashes.SHA256, 32), "secp384r1": (hashes.SHA384, 48), "secp521r1": (hashes.SHA512, 66)}
_SIGNATURE_SIZES = {2 * size for _, size in _CURVES.values()}


class TwoDDocError(ValueError):
    """The input is not a well-formed 2D-Doc; `reason` says why, in one line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Header:
    version: int
    authority: str  # certification authority id, e.g. "FR00"
    cert_id: str  # the signing certificate's id within that authority, e.g. "0001"
    emission_date: date | None
    signature_date: date | None
    doc_type: str
    perimeter: str | None = None  # v03+
    country: str | None = None  # v04 (issuing country)
    encoding: Literal["c40", "binary"] = "c40"


@dataclass(frozen=True)
class Field:
    id: str
    name: str  # from the identifier table; "" for an id the table does not know
    raw: str  # as carried by the code
    value: str  # shown value: dates in ISO form, hex numbers in decimal (see identifiers.json)
    truncated: bool = False  # ended by RS: the issuer cut a longer value


@dataclass(frozen=True)
class TwoDDoc:
    header: Header
    fields: tuple[Field, ...]
    signed: bytes  # header + message: what the signature covers
    signature: bytes  # raw r‖s
    annex: tuple[Field, ...] = ()
    warnings: tuple[str, ...] = ()

    def value(self, field_id: str) -> str | None:
        """The first field with this id, as shown; None when absent."""
        return next((f.value for f in self.fields if f.id == field_id), None)

    def values(self) -> dict[str, str]:
        """Fields keyed by id (the first of a repeated id wins), in the code's order."""
        out: dict[str, str] = {}
        for f in self.fields:
            out.setdefault(f.id, f.value)
        return out

    @property
    def doc_type_name(self) -> str:
        return _table()["document_types"].get(self.header.doc_type, "")


class CertificateSource(Protocol):
    """What `verify` needs of a trust store (kiosk.scanning.trust.TrustStore)."""

    def lookup(self, authority: str, cert_id: str) -> Any: ...


@dataclass(frozen=True)
class Verification:
    status: Status
    reason: str


# --- the identifier table -----------------------------------------------------------------

@cache
def _table() -> dict[str, Any]:
    path = resources_dir() / "twoddoc" / "identifiers.json"
    table: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return table


def identifier(field_id: str) -> Mapping[str, Any] | None:
    """The table's entry for a data identifier: name, min, max (None = no limit), kind."""
    entry: Mapping[str, Any] | None = _table()["identifiers"].get(field_id)
    return entry


# --- parsing ----------------------------------------------------------------------------

def parse_2ddoc(code: str | bytes) -> TwoDDoc:
    """Parse a decoded 2D-Doc (C40 text, or the bytes of a C40 or binary code)."""
    try:
        if isinstance(code, bytes | bytearray):
            data = bytes(code)
            if data[:1] == b"\xdc":
                return _parse_binary(data)
            text = data.decode("latin-1")
        elif isinstance(code, str):
            text = code
        else:
            raise TwoDDocError(f"expected text or bytes, got {type(code).__name__}")
        return _parse_c40(text)
    except TwoDDocError:
        raise
    except (ValueError, IndexError, OverflowError, UnicodeError) as exc:  # a gap in the checks below
        raise TwoDDocError(f"malformed 2D-Doc ({type(exc).__name__})") from None


def _hex_date(text: str, what: str) -> date | None:
    if text == "FFFF":
        return None
    if not _HEX4.fullmatch(text):
        raise TwoDDocError(f"{what}: {text!r} is not 4 hex digits")
    return EPOCH + timedelta(days=int(text, 16))


def _parse_c40(text: str) -> TwoDDoc:
    text = text.rstrip("\r\n")  # some readers add a line end
    if len(text) > MAX_CODE_CHARS:
        raise TwoDDocError(f"too long for a 2D-Doc ({len(text)} characters)")
    if not text.startswith("DC"):
        raise TwoDDocError("not a 2D-Doc: it does not start with the marker DC")
    if not text[2:4].isdigit() or not text[2:4].isascii():
        raise TwoDDocError(f"version {text[2:4]!r} is not two digits")
    version = int(text[2:4])
    if version not in C40_HEADER_LENGTH:
        raise TwoDDocError(f"unsupported 2D-Doc version {text[2:4]} (01 to 04 are known)")
    size = C40_HEADER_LENGTH[version]
    raw_header = text[:size]
    if len(raw_header) < size:
        raise TwoDDocError(f"header cut short: {len(raw_header)} of {size} characters")
    authority, cert_id = raw_header[4:8], raw_header[8:12]
    for label, value in (("authority id", authority), ("certificate id", cert_id)):
        if not _ALNUM4.fullmatch(value):
            raise TwoDDocError(f"{label} {value!r} is not 4 letters or digits")
    doc_type = raw_header[20:22]
    if not _ID.fullmatch(doc_type):
        raise TwoDDocError(f"document type {doc_type!r} is not 2 letters or digits")
    perimeter = raw_header[22:24] if version >= 3 else None
    if perimeter is not None and not (perimeter.isascii() and perimeter.isdigit()):
        raise TwoDDocError(f"perimeter {perimeter!r} is not 2 digits")
    country = raw_header[24:26] if version >= 4 else None
    if country is not None and not re.fullmatch(r"[A-Z]{2}", country):
        raise TwoDDocError(f"country {country!r} is not 2 letters")
    header = Header(version=version, authority=authority, cert_id=cert_id,
                    emission_date=_hex_date(raw_header[12:16], "emission date"),
                    signature_date=_hex_date(raw_header[16:20], "signature date"),
                    doc_type=doc_type, perimeter=perimeter, country=country)

    cut = text.find(US, size)
    if cut < 0:
        raise TwoDDocError("no signature: the US separator (0x1F) is missing")
    message, tail = text[size:cut], text[cut + 1:]
    warnings: list[str] = []
    fields = _parse_fields(message, "message", warnings)
    signature, annex_text = _split_signature(tail, version)
    annex = _parse_fields(annex_text, "annex", warnings) if annex_text else ()
    try:
        signed = text[:cut].encode("latin-1")
    except UnicodeEncodeError:
        raise TwoDDocError("a character outside the 2D-Doc character set") from None
    return TwoDDoc(header=header, fields=fields, signed=signed, signature=signature, annex=annex,
                   warnings=tuple(warnings))


def _split_signature(tail: str, version: int) -> tuple[bytes, str]:
    """The signature bytes and the annex text (after GS, v04) from what follows US."""
    sig_text, _, annex = tail.partition(GS)
    if _BASE32.fullmatch(sig_text):
        padded = sig_text + "=" * (-len(sig_text) % 8)
        try:
            signature = base64.b32decode(padded)
        except binascii.Error:
            signature = b""
        if signature:
            return signature, annex
    if version == 1 and tail:
        # v01 codes may carry the signature as bytes (DataMatrix base 256): no annex then.
        try:
            raw = tail.encode("latin-1")
        except UnicodeEncodeError:
            raise TwoDDocError("binary signature holds characters that are not bytes") from None
        if len(raw) in _SIGNATURE_SIZES:
            return raw, ""
    if not sig_text:
        raise TwoDDocError("empty signature after the US separator")
    raise TwoDDocError("signature is not base32 (A-Z, 2-7)")


def _check_chars(value: str, field_id: str) -> None:
    for ch in value:
        if not " " <= ch <= "~":
            raise TwoDDocError(f"field {field_id}: character {ord(ch):#04x} is not allowed in a 2D-Doc")


def _parse_fields(zone: str, where: str, warnings: list[str]) -> tuple[Field, ...]:
    fields: list[Field] = []
    i, n = 0, len(zone)
    while i < n:
        field_id = zone[i:i + 2]
        if not _ID.fullmatch(field_id):
            raise TwoDDocError(f"{where}: {field_id!r} at position {i} is not a data identifier")
        i += 2
        entry = identifier(field_id)
        low = int(entry["min"]) if entry else 0
        high = entry["max"] if entry else None
        truncated = False
        if entry and high is not None and low == high and low > 0:
            raw = zone[i:i + low]
            if len(raw) < low or any(sep in raw for sep in (GS, RS, US)):
                raise TwoDDocError(f"{where}: field {field_id} needs {low} characters")
            i += low
            if i < n and zone[i] == GS:  # a GS after a fixed field is useless but harmless: skip it
                i += 1
        else:
            end = i
            limit = n if high is None else min(n, i + int(high))
            while end < limit and zone[end] not in (GS, RS):
                end += 1
            raw = zone[i:end]
            if end < n and zone[end] in (GS, RS):
                truncated = zone[end] == RS
                end += 1
            i = end
            if len(raw) < low:
                warnings.append(f"{where}: field {field_id} shorter than its minimum ({len(raw)} < {low})")
        _check_chars(raw, field_id)
        kind = entry.get("kind", "") if entry else ""
        fields.append(Field(id=field_id, name=entry["name"] if entry else "", raw=raw,
                            value=_shown(raw, kind, field_id, warnings), truncated=truncated))
    return tuple(fields)


def _shown(raw: str, kind: str, field_id: str, warnings: list[str]) -> str:
    """The value as people read it; the raw text when it does not fit its kind."""
    try:
        if kind == "date_hex":
            day = _hex_date(raw, f"field {field_id}")
            return day.isoformat() if day else ""
        if kind == "date_dmy":
            return datetime.strptime(raw, "%d%m%Y").date().isoformat()
        if kind == "datetime_dmyhm":
            return datetime.strptime(raw, "%d%m%Y%H%M").isoformat()
        if kind == "hex_int" and re.fullmatch(r"[0-9A-F]+", raw):
            return str(int(raw, 16))
        if kind == "decimal" and re.fullmatch(r"-?\d+(,\d*)?", raw):
            sign, digits = ("-", raw[1:]) if raw.startswith("-") else ("", raw)
            whole, comma, fraction = digits.partition(",")
            return f"{sign}{whole.lstrip('0') or '0'}{comma}{fraction}"
    except (ValueError, TwoDDocError):
        pass
    if kind:
        warnings.append(f"field {field_id}: {raw!r} is not a valid {kind}")
    return raw


# --- the binary form ------------------------------------------------------------------------

_C40_BASIC = " 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # C40 values 3..39


def c40_decode(data: bytes) -> str:
    """C40 (ISO 16022 basic set) as packed in binary headers: 3 characters per 2 bytes."""
    out: list[str] = []
    for k in range(0, len(data), 2):
        if data[k] == 0xFE:  # unlatch: the rest is padding
            break
        if k + 1 >= len(data):
            raise TwoDDocError("C40 data has an odd number of bytes")
        packed = (data[k] << 8 | data[k + 1]) - 1
        for value in (packed // 1600, packed // 40 % 40, packed % 40):
            if not 3 <= value <= 39:
                raise TwoDDocError("C40 data uses shifted characters a header never holds")
            out.append(_C40_BASIC[value - 3])
    return "".join(out)


def c40_encode(text: str) -> bytes:
    """The inverse of `c40_decode`, padding with 0xFE (used to build binary codes in tests)."""
    values = [_C40_BASIC.index(ch) + 3 for ch in text]
    out = bytearray()
    for k in range(0, len(values) - len(values) % 3, 3):
        packed = values[k] * 1600 + values[k + 1] * 40 + values[k + 2] + 1
        out += packed.to_bytes(2, "big")
    if len(values) % 3:
        out.append(0xFE)
    return bytes(out)


def _binary_date(data: bytes) -> date | None:
    number = int.from_bytes(data, "big")
    if number in (0, 0xFFFFFF):
        return None
    try:
        return date(number % 10000, number // 1000000, number // 10000 % 100)
    except ValueError:
        raise TwoDDocError(f"binary date {number} is not MMDDYYYY") from None


def _tlv(data: bytes, i: int) -> tuple[int, bytes, int]:
    """(tag, value, next index) of a tag-length-value entry; DER length forms."""
    if i + 2 > len(data):
        raise TwoDDocError("binary message cut short")
    tag, length, i = data[i], data[i + 1], i + 2
    if length & 0x80:
        count = length & 0x7F
        if count not in (1, 2) or i + count > len(data):
            raise TwoDDocError("binary message has a bad length")
        length, i = int.from_bytes(data[i:i + count], "big"), i + count
    if i + length > len(data):
        raise TwoDDocError(f"binary field {tag:02X} runs past the end of the code")
    return tag, data[i:i + length], i + length


def _binary_value(value: bytes) -> str:
    text = value.decode("latin-1")
    return text if all(" " <= ch <= "~" for ch in text) else value.hex().upper()


def _parse_binary(data: bytes) -> TwoDDoc:
    if len(data) > MAX_CODE_CHARS:
        raise TwoDDocError(f"too long for a 2D-Doc ({len(data)} bytes)")
    if len(data) < BINARY_HEADER_LENGTH:
        raise TwoDDocError("binary header cut short")
    if data[1] != 4:
        raise TwoDDocError(f"unsupported binary 2D-Doc version {data[1]}")
    country = c40_decode(data[2:4]).strip()
    ids = c40_decode(data[4:10])
    authority, cert_id = ids[:4], ids[4:].strip()
    if not _ALNUM4.fullmatch(authority) or not re.fullmatch(r"[0-9A-Z]{4,5}", cert_id):
        raise TwoDDocError("binary header: bad authority or certificate id")
    header = Header(version=4, authority=authority, cert_id=cert_id,
                    emission_date=_binary_date(data[10:13]), signature_date=_binary_date(data[13:16]),
                    doc_type=f"{data[16]:02X}", perimeter=f"{int.from_bytes(data[17:19], 'big'):02d}",
                    country=country, encoding="binary")
    fields: list[Field] = []
    i = BINARY_HEADER_LENGTH
    while True:
        if i >= len(data):
            raise TwoDDocError("no signature: tag 0xFF is missing")
        start = i
        tag, value, i = _tlv(data, i)
        if tag == SIGNATURE_TAG:
            signed, signature = data[:start], value
            break
        fields.append(Field(id=f"{tag:02X}", name="", raw=value.hex().upper(), value=_binary_value(value)))
    if not signature:
        raise TwoDDocError("empty signature")
    annex: list[Field] = []
    while i < len(data):
        tag, value, i = _tlv(data, i)
        annex.append(Field(id=f"{tag:02X}", name="", raw=value.hex().upper(), value=_binary_value(value)))
    return TwoDDoc(header=header, fields=tuple(fields), signed=signed, signature=signature,
                   annex=tuple(annex))


# --- verification -----------------------------------------------------------------------------

def verify_detail(doc: TwoDDoc, trust: CertificateSource) -> Verification:
    """The signature's status with a reason (English, for logs and the JSON output)."""
    entry = trust.lookup(doc.header.authority, doc.header.cert_id)
    if entry is None:
        return Verification("unknown_certificate",
                            f"no trusted certificate {doc.header.authority}/{doc.header.cert_id}")
    certificate = getattr(entry, "certificate", entry)
    key = certificate.public_key()
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name not in _CURVES:
        return Verification("invalid", "the certificate's key is not ECDSA P-256, P-384 or P-521")
    hash_type, size = _CURVES[key.curve.name]
    if len(doc.signature) != 2 * size:
        return Verification("invalid", f"signature has {len(doc.signature)} bytes, {key.curve.name} "
                                       f"needs {2 * size}")
    r = int.from_bytes(doc.signature[:size], "big")
    s = int.from_bytes(doc.signature[size:], "big")
    try:
        key.verify(encode_dss_signature(r, s), doc.signed, ec.ECDSA(hash_type()))
    except InvalidSignature:
        return Verification("invalid", "the signature does not match the content: altered or forged")
    if not getattr(entry, "test", False):  # the test authority's certificate expired in 2015
        signed_on = doc.header.signature_date
        if signed_on is None:
            return Verification("invalid", "no signature date in the header")
        valid_from, valid_to = certificate.not_valid_before_utc.date(), certificate.not_valid_after_utc.date()
        if not valid_from <= signed_on <= valid_to:
            return Verification("invalid", f"signed on {signed_on}, outside the certificate's validity")
    return Verification("valid", "signature verified")


def verify(doc: TwoDDoc, trust: CertificateSource) -> Status:
    """"valid", "invalid" (altered, forged, wrong key) or "unknown_certificate"."""
    return verify_detail(doc, trust).status


# --- the machine contract -----------------------------------------------------------------

def to_json(doc: TwoDDoc, status: Status | Verification) -> dict[str, Any]:
    """`kiosk scan 2ddoc`'s object: header (ISO dates), fields keyed by id with their shown
    value, `names` (id → label), the unsigned `annex`, `truncated` ids and the signature."""
    verdict = status if isinstance(status, Verification) else Verification(status, "")
    h = doc.header
    out: dict[str, Any] = {
        "header": {
            "version": h.version, "encoding": h.encoding, "authority": h.authority,
            "certificate": h.cert_id,
            "emission_date": h.emission_date.isoformat() if h.emission_date else None,
            "signature_date": h.signature_date.isoformat() if h.signature_date else None,
            "document_type": h.doc_type, "document_type_name": doc.doc_type_name,
            "perimeter": h.perimeter, "country": h.country},
        "fields": doc.values(),
        "names": {f.id: f.name for f in doc.fields if f.name},
        "annex": {f.id: f.value for f in doc.annex},
        "truncated": [f.id for f in doc.fields if f.truncated],
        "signature": verdict.status,
    }
    if verdict.reason:
        out["signature_reason"] = verdict.reason
    return out

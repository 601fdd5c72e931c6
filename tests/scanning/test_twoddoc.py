"""2D-Doc parsing and signature checks: the ANTS specification's reference codes (signed by
the test authority FR00), the specimen images end to end, forged and unknown-certificate
codes, codes built here with a fresh key (v01 binary signature, v04 annex, P-384/P-521,
the binary form), and properties: any input gives a parse or a TwoDDocError."""

from __future__ import annotations

import base64
import csv
import datetime as dt
from pathlib import Path

import pytest
import yaml
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.scanning.barcodes import read_codes
from kiosk.scanning.images import load_image
from kiosk.scanning.trust import TrustedCertificate, TrustStore, spec_test_authority
from kiosk.scanning.twoddoc import (
    GS,
    RS,
    US,
    TwoDDoc,
    TwoDDocError,
    c40_decode,
    c40_encode,
    parse_2ddoc,
    to_json,
    verify,
    verify_detail,
)

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "2ddoc"
VECTORS = sorted((SAMPLES / "spec_vectors").glob("*.txt"))
needs_samples = pytest.mark.skipif(not VECTORS, reason="../shared/samples/2ddoc is not there")
EPOCH = dt.date(2000, 1, 1)
CURVES = {"P-256": (ec.SECP256R1(), hashes.SHA256(), 32), "P-384": (ec.SECP384R1(), hashes.SHA384(), 48),
          "P-521": (ec.SECP521R1(), hashes.SHA512(), 66)}


def vector(name: str) -> str:
    return (SAMPLES / "spec_vectors" / f"{name}.txt").read_text(encoding="ascii").rstrip("\n")


def fr00() -> TrustStore:
    return TrustStore(spec_test_authority())


# --- codes built here, signed with a fresh key -----------------------------------------------

def make_cert(key: ec.EllipticCurvePrivateKey, authority: str = "FR99", cert_id: str = "TK01",
              start: dt.datetime = dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
              end: dt.datetime = dt.datetime(2040, 1, 1, tzinfo=dt.UTC)) -> x509.Certificate:
    issuer_key = ec.generate_private_key(ec.SECP256R1())
    return (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cert_id)]))
            .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, authority)]))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .sign(issuer_key, hashes.SHA256()))


def raw_signature(key: ec.EllipticCurvePrivateKey, data: bytes, curve: str = "P-256") -> bytes:
    _, digest, size = CURVES[curve]
    r, s = decode_dss_signature(key.sign(data, ec.ECDSA(digest)))
    return r.to_bytes(size, "big") + s.to_bytes(size, "big")


def c40_code(key: ec.EllipticCurvePrivateKey, message: str, *, version: int = 4, doc_type: str = "01",
             emission: dt.date = dt.date(2024, 3, 1), signed_on: dt.date = dt.date(2024, 3, 2),
             curve: str = "P-256", annex: str = "", binary_signature: bool = False) -> str:
    header = (f"DC{version:02d}FR99TK01{(emission - EPOCH).days:04X}{(signed_on - EPOCH).days:04X}{doc_type}"
              + ("01" if version >= 3 else "") + ("FR" if version >= 4 else ""))
    signed = header + message
    signature = raw_signature(key, signed.encode("ascii"), curve)
    tail = (signature.decode("latin-1") if binary_signature
            else base64.b32encode(signature).decode().rstrip("="))
    return signed + US + tail + (GS + annex if annex else "")


def store_for(key: ec.EllipticCurvePrivateKey, **kwargs: dt.datetime) -> TrustStore:
    return TrustStore([TrustedCertificate("FR99", "TK01", make_cert(key, **kwargs))])  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


# --- the specification's reference codes -----------------------------------------------------

@needs_samples
@pytest.mark.parametrize("path", VECTORS, ids=lambda p: p.stem)
def test_spec_vector_parses_to_its_yaml_and_verifies_with_fr00(path: Path) -> None:
    truth = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
    doc = parse_2ddoc(path.read_text(encoding="ascii"))
    assert doc.values() == {k: str(v) for k, v in truth["fields"].items()}
    h, want = doc.header, truth["header"]
    assert (h.version, h.authority, h.cert_id, h.doc_type) == (
        want["version"], want["ca_id"], want["cert_id"], want["doc_type_id"])
    assert (h.emission_date.isoformat() if h.emission_date else None) == want["emit_date"]
    assert (h.signature_date.isoformat() if h.signature_date else None) == want["sign_date"]
    if "perimeter_id" in want:
        assert h.perimeter is not None and int(h.perimeter) == want["perimeter_id"]
    if "country_id" in want:  # the YAML's v02 country is the code's field 26 (v04 puts it in the header)
        assert (h.country or doc.value("26")) == want["country_id"]
    assert doc.signature.hex() == truth["signature"]
    assert doc.warnings == ()
    assert verify(doc, fr00()) == "valid"


@needs_samples
def test_header_dates_versions_and_unset_emission() -> None:
    doc = parse_2ddoc(vector("01"))
    assert doc.header.emission_date == dt.date(2012, 11, 15)  # 0x125E days after 2000-01-01
    assert doc.header.signature_date == dt.date(2012, 11, 13)
    assert (doc.header.version, doc.header.perimeter, doc.header.country) == (2, None, None)
    assert parse_2ddoc(vector("04")).header.emission_date is None  # FFFF: a bank RIB has none
    v3 = parse_2ddoc(vector("12")).header
    assert (v3.version, v3.perimeter, v3.doc_type) == (3, "01", "A0")


@needs_samples
def test_field_kinds_dates_hex_numbers_amounts_and_names() -> None:
    doc = parse_2ddoc(vector("07"))  # payslip: hex dates, DDMMYYYY, amounts with leading zeros
    assert doc.value("53") == "2012-10-01" and doc.value("55") == "2012-03-15"
    assert [f.raw for f in doc.fields if f.id in ("51", "52")] == ["0157,5", "00934,5"]
    assert doc.value("51") == "157,5"
    assert parse_2ddoc(vector("16")).value("71") == "2017-04-20T00:00:00"
    assert parse_2ddoc(vector("12")).value("A7") == "130"  # CO2 g/km written in hex
    first = parse_2ddoc(vector("01")).fields[0]
    assert (first.id, first.name) == ("26", "Pays de service des prestations")


@needs_samples
def test_forged_address_with_the_same_signature_is_invalid() -> None:
    code = vector("01")
    forged = code.replace("227 PLACE DES SPECIMENS", "2212 RUE DES FAUSSAIRES")
    assert forged != code
    doc = parse_2ddoc(forged)
    assert doc.value("22") == "12 RUE DES FAUSSAIRES"
    result = verify_detail(doc, fr00())
    assert result.status == "invalid" and "forged" in result.reason
    # The same with a changed date in the header, and with one signature byte changed.
    assert verify(parse_2ddoc(code.replace("125E125C", "125F125C", 1)), fr00()) == "invalid"
    body, _, sig = code.partition(US)
    other = "A" if sig[10] != "A" else "B"
    assert verify(parse_2ddoc(body + US + sig[:10] + other + sig[11:]), fr00()) == "invalid"


@needs_samples
def test_unknown_certificate_and_nothing_trusted_by_default(tmp_path: Path) -> None:
    doc = parse_2ddoc(vector("02"))
    assert verify(doc, TrustStore()) == "unknown_certificate"
    assert verify(doc, TrustStore.load(tmp_path)) == "unknown_certificate"
    assert verify(doc, TrustStore.load(tmp_path, include_test_authority=True)) == "valid"
    other = parse_2ddoc(vector("02").replace("DC02FR000001", "DC02FR000002", 1))
    assert verify(other, fr00()) == "unknown_certificate"


@needs_samples
def test_to_json_has_the_contract_shape() -> None:
    doc = parse_2ddoc(vector("01"))
    out = to_json(doc, verify_detail(doc, fr00()))
    assert out["signature"] == "valid"
    assert out["header"] == {"version": 2, "encoding": "c40", "authority": "FR00", "certificate": "0001",
                             "emission_date": "2012-11-15", "signature_date": "2012-11-13",
                             "document_type": "00", "document_type_name": "Justificatif de domicile",
                             "perimeter": None, "country": None}
    assert out["fields"]["10"] == "MLLE/SAMPLE/ANGELA" and out["fields"]["20"] == ""
    assert list(out["fields"])[:3] == ["26", "24", "10"]  # the code's order
    assert out["names"]["24"].startswith("Code postal")
    assert out["annex"] == {} and out["truncated"] == []


# --- the specimen images, through the barcode reader ---------------------------------------

def _image_truth() -> list[tuple[str, str, str]]:
    path = SAMPLES / "images" / "truth.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [(r["filename"], r["format"], r["expected_text_escaped"].encode().decode("unicode_escape"))
            for r in rows]


@needs_samples
@pytest.mark.parametrize("name,kind,text", _image_truth(), ids=lambda v: str(v)[:40])
def test_specimen_images_end_to_end(name: str, kind: str, text: str) -> None:
    codes = read_codes(load_image(SAMPLES / "images" / name), ["DataMatrix"])
    found = [c for c in codes if c.text.startswith("DC")]
    if kind == "negative":
        assert found == []
        return
    assert [c.text for c in found] == [text]
    doc = parse_2ddoc(found[0].text)
    assert verify(doc, fr00()) == "valid"


# --- codes built here ---------------------------------------------------------------------------

def test_v01_binary_signature_and_v03(key: ec.EllipticCurvePrivateKey) -> None:
    code = c40_code(key, "10MME/TEST/ALICE" + GS + "24750002575 PARIS", version=1, binary_signature=True)
    doc = parse_2ddoc(code)
    assert doc.header.version == 1 and len(doc.signature) == 64
    assert doc.values() == {"10": "MME/TEST/ALICE", "24": "75000", "25": "75 PARIS"}
    assert verify(doc, store_for(key)) == "valid"
    assert verify(parse_2ddoc(code.encode("latin-1")), store_for(key)) == "valid"  # bytes in
    v3 = parse_2ddoc(c40_code(key, "10M/A/B", version=3))
    assert v3.header.perimeter == "01" and verify(v3, store_for(key)) == "valid"


def test_v04_annex_is_parsed_but_unsigned(key: ec.EllipticCurvePrivateKey) -> None:
    code = c40_code(key, "10M/DUPONT/JEAN" + GS, annex="01SERIE42")
    doc = parse_2ddoc(code)
    assert doc.header.country == "FR"
    assert [(f.id, f.value) for f in doc.annex] == [("01", "SERIE42")]
    assert verify(doc, store_for(key)) == "valid"
    changed = parse_2ddoc(code.replace("SERIE42", "SERIE43"))
    assert verify(changed, store_for(key)) == "valid"  # the annex is not signed: shown, never trusted
    assert to_json(changed, "valid")["annex"] == {"01": "SERIE43"}


@pytest.mark.parametrize("curve", ["P-384", "P-521"])
def test_larger_curves_use_their_hash(curve: str) -> None:
    key = ec.generate_private_key(CURVES[curve][0])
    doc = parse_2ddoc(c40_code(key, "10M/A/B", curve=curve))
    assert len(doc.signature) == 2 * CURVES[curve][2]
    assert verify(doc, store_for(key)) == "valid"
    assert verify(doc, store_for(ec.generate_private_key(CURVES[curve][0]))) == "invalid"


def test_signature_date_outside_the_certificate_is_invalid(key: ec.EllipticCurvePrivateKey) -> None:
    doc = parse_2ddoc(c40_code(key, "10M/A/B", signed_on=dt.date(2019, 6, 1)))
    result = verify_detail(doc, store_for(key))
    assert result.status == "invalid" and "validity" in result.reason


def test_wrong_signature_size_is_invalid(key: ec.EllipticCurvePrivateKey) -> None:
    p384 = ec.generate_private_key(ec.SECP384R1())
    doc = parse_2ddoc(c40_code(p384, "10M/A/B", curve="P-384"))
    assert verify(doc, store_for(key)) == "invalid"  # a P-256 certificate for a P-384 signature


def test_rs_marks_a_truncated_value_and_max_length_ends_a_field(key: ec.EllipticCurvePrivateKey) -> None:
    doc = parse_2ddoc(c40_code(key, "10MME/TRES/LONG" + RS + "24" + "75001" + "32" + "BNPAFRPPXXX" + "26FR"))
    assert [(f.id, f.value, f.truncated) for f in doc.fields] == [
        ("10", "MME/TRES/LONG", True), ("24", "75001", False), ("32", "BNPAFRPPXXX", False),
        ("26", "FR", False)]  # 32 (BIC) reached its 11 characters: no GS needed
    assert to_json(doc, "valid")["truncated"] == ["10"]


def test_unknown_identifiers_are_read_as_variable_text(key: ec.EllipticCurvePrivateKey) -> None:
    doc = parse_2ddoc(c40_code(key, "ZZSOMETHING" + GS + "10M/A/B"))
    assert [(f.id, f.name, f.value) for f in doc.fields] == [
        ("ZZ", "", "SOMETHING"),
        ("10", "Ligne 1 de la norme adresse postale du bénéficiaire de la prestation", "M/A/B")]


def binary_code(key: ec.EllipticCurvePrivateKey, fields: list[tuple[int, bytes]],
                annex: bytes = b"") -> bytes:
    def date3(day: dt.date) -> bytes:
        return (day.month * 1000000 + day.day * 10000 + day.year).to_bytes(3, "big")

    header = (b"\xdc\x04" + c40_encode("FR ") + c40_encode("FR99TK01 ") + date3(dt.date(2024, 3, 1))
              + date3(dt.date(2024, 3, 2)) + bytes([0x01]) + (1).to_bytes(2, "big"))
    message = b"".join(bytes([tag, len(value)]) + value for tag, value in fields)
    signature = raw_signature(key, header + message)
    return header + message + bytes([0xFF, len(signature)]) + signature + annex


def test_binary_v04_built_and_signed_here(key: ec.EllipticCurvePrivateKey) -> None:
    assert c40_decode(c40_encode("FR99TK01 ")) == "FR99TK01 "
    code = binary_code(key, [(0x10, b"MME/TEST/ALICE"), (0x24, b"75000")], annex=b"\x01\x03ABC")
    doc = parse_2ddoc(code)
    h = doc.header
    assert (h.encoding, h.version, h.authority, h.cert_id, h.country) == ("binary", 4, "FR99", "TK01", "FR")
    assert (h.emission_date, h.signature_date, h.doc_type) == (dt.date(2024, 3, 1), dt.date(2024, 3, 2), "01")
    assert doc.values() == {"10": "MME/TEST/ALICE", "24": "75000"}
    assert [(f.id, f.value) for f in doc.annex] == [("01", "ABC")]
    assert verify(doc, store_for(key)) == "valid"
    tampered = code.replace(b"75000", b"75001")
    assert verify(parse_2ddoc(tampered), store_for(key)) == "invalid"


@pytest.mark.parametrize("bad,reason", [
    ("", "marker"), ("XX02FR00", "marker"), ("DC0", "version"), ("DC09FR000001125E125C00", "unsupported"),
    ("DC02FR00", "header cut short"), ("DC02FR000001125E125C00" + "10ABC", "US separator"),
    ("DC02fr000001125E125C00" + US + "AAAA", "authority"),
    ("DC02FR000001XXXX125C00" + US + "AAAA", "emission"),
    ("DC02FR000001125E125C00" + "24750" + US + "AAAA", "needs 5"),
    ("DC02FR000001125E125C00" + "10A\x00B" + US + "AAAA", "not allowed"),
    ("DC02FR000001125E125C00" + "10AB" + US, "empty signature"),
    ("DC02FR000001125E125C00" + "10AB" + US + "abc!", "base32"),
    ("DC02FR000001125E125C00" + "1" + US + "AAAA", "data identifier"),
])
def test_malformed_codes_say_why(bad: str, reason: str) -> None:
    with pytest.raises(TwoDDocError) as caught:
        parse_2ddoc(bad)
    assert reason in caught.value.reason


# --- properties -------------------------------------------------------------------------------

def _parse_or_error(data: str | bytes) -> TwoDDoc | None:
    try:
        return parse_2ddoc(data)
    except TwoDDocError as exc:
        assert exc.reason and "\n" not in exc.reason
        return None


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.binary(max_size=400), st.text(max_size=400),
                 st.binary(max_size=300).map(lambda b: b"DC04" + b),
                 st.binary(max_size=300).map(lambda b: b"\xdc\x04" + b),
                 st.text(alphabet="DC0123456789ABCDEF\x1d\x1e\x1f /", max_size=300).map(lambda s: "DC0" + s)))
def test_any_input_parses_or_raises_twoddocerror(data: str | bytes) -> None:
    _parse_or_error(data)


@needs_samples
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from([p.stem for p in VECTORS]), position=st.integers(min_value=0, max_value=10_000),
       action=st.sampled_from(["replace", "insert", "delete"]),
       char=st.sampled_from([*"A0Z9 /,-", GS, RS, US, "\x00", "é"]))
def test_mutated_vectors_never_escape_and_never_verify(name: str, position: int, action: str,
                                                       char: str) -> None:
    code = vector(name)
    i = position % len(code)
    mutated = {"replace": code[:i] + char + code[i + 1:], "insert": code[:i] + char + code[i:],
               "delete": code[:i] + code[i + 1:]}[action]
    doc = _parse_or_error(mutated)
    if doc is None or mutated == code:
        return
    original = parse_2ddoc(code)
    if (doc.signed, doc.signature) != (original.signed, original.signature):
        assert verify(doc, fr00()) != "valid"

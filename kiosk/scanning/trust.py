"""The 2D-Doc trust store: which certificates may vouch for a 2D-Doc signature. Pure
(files and X.509, no Qt, no network).

How a code finds its certificate (as in the ANTS scheme and the reference decoders): the
header names the certification authority (`FR01`…) and the certificate id (`0001`…);
the signing certificate has the certificate id as its subject CN and the authority id
as its issuer CN (the test certificate `FR00.der`: subject CN=0001, issuer CN=FR00).

What IT staff import (`kiosk trust import FILE`):
- a signing certificate, DER or PEM (several PEM blocks in one file are fine);
- a ZIP archive or a folder of such certificates;
- the ANTS trust-service list (`tsl_signed.xml`, ETSI TS 102 231 XML): it lists the
  certification *authorities* (their CA certificates, RSA) and, under
  TSPInformationURI, where each one publishes its signing certificates. The kiosk is
  offline: the signing certificates are fetched by IT staff from those addresses and
  imported too; each is then checked against its authority's certificate. The list's
  own XML signature is not checked (the kiosk has no ANTS signing certificate to check
  it with): the staff's import is the act of trust.

Stored under `<data_dir>/trust/2ddoc/`: `FR01-0001.der` (signing certificates, by
authority and certificate id) and `authorities/FR01-<sha256>.der`. Certificates that are
expired or not yet valid on the day of the import are refused. Nothing is trusted by
default; the specification's test authority (`FR00`, shipped in
`resources/twoddoc/test-authority/`) is trusted only when the caller asks for it (demo
mode) and can never be imported into the store.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from kiosk.paths import resources_dir

TRUST_DIR = Path("trust") / "2ddoc"
AUTHORITIES = "authorities"
TEST_AUTHORITY = "FR00"
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_MEMBERS = 2000  # a ZIP or a folder: the ANTS scheme has a few dozen certificates
MAX_MEMBER_BYTES = 1024 * 1024
TSL_NS = {"tsl": "http://uri.etsi.org/02231/v2#"}
# ETSI service statuses under which an authority still vouches for its certificates.
GOOD_STATUSES = ("inaccord", "granted", "undersupervision", "accredited", "recognisedatnationallevel")
_ID = re.compile(r"[0-9A-Z]{4}")


class TrustError(ValueError):
    """The file cannot be imported at all; the message says why, in one line."""


@dataclass(frozen=True)
class TrustedCertificate:
    authority: str
    cert_id: str
    certificate: x509.Certificate
    test: bool = False  # the specification's test authority: demo mode only
    path: Path | None = None


def spec_test_authority_dir() -> Path:
    return resources_dir() / "twoddoc" / "test-authority"


def _cn(name: x509.Name) -> str:
    values = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(values[0].value).strip() if values else ""


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return cert.subject == cert.issuer


def signer_ids(cert: x509.Certificate) -> tuple[str, str] | None:
    """(authority id, certificate id) of a signing certificate, or None if it is not one."""
    authority, cert_id = _cn(cert.issuer), _cn(cert.subject)
    if _is_ca(cert) or not _ID.fullmatch(authority) or not _ID.fullmatch(cert_id):
        return None
    return authority, cert_id


def authority_id(cert: x509.Certificate) -> str | None:
    """The authority id (subject CN, e.g. FR03) of a certification authority's certificate."""
    cn = _cn(cert.subject)
    return cn if _is_ca(cert) and _ID.fullmatch(cn) else None


class TrustStore:
    """Signing certificates by (authority, certificate id), plus authority certificates."""

    def __init__(self, certificates: Iterable[TrustedCertificate] = (),
                 authorities: Iterable[tuple[str, x509.Certificate]] = ()) -> None:
        self._certs = {(c.authority, c.cert_id): c for c in certificates}
        self._authorities: dict[str, list[x509.Certificate]] = {}
        for name, cert in authorities:
            self._authorities.setdefault(name, []).append(cert)

    @classmethod
    def load(cls, data_dir: Path, *, include_test_authority: bool = False) -> TrustStore:
        """The store kept under `data_dir`; files that no longer parse are skipped."""
        root = data_dir / TRUST_DIR
        certs: list[TrustedCertificate] = []
        for path in sorted(root.glob("*.der")):
            cert = _read_der(path)
            ids = signer_ids(cert) if cert else None
            if cert and ids and ids[0] != TEST_AUTHORITY:
                certs.append(TrustedCertificate(ids[0], ids[1], cert, path=path))
        authorities = []
        for path in sorted((root / AUTHORITIES).glob("*.der")):
            cert = _read_der(path)
            name = authority_id(cert) if cert else None
            if cert and name:
                authorities.append((name, cert))
        if include_test_authority:
            certs += spec_test_authority()
        return cls(certs, authorities)

    def lookup(self, authority: str, cert_id: str) -> TrustedCertificate | None:
        return self._certs.get((authority, cert_id))

    def authorities(self, authority: str) -> list[x509.Certificate]:
        return list(self._authorities.get(authority, ()))

    @property
    def certificates(self) -> tuple[TrustedCertificate, ...]:
        return tuple(self._certs.values())

    def __len__(self) -> int:
        return len(self._certs)


def spec_test_authority() -> list[TrustedCertificate]:
    """The specification's test authority (FR00), flagged `test`: never for production."""
    out = []
    for path in sorted(spec_test_authority_dir().glob("*.der")):
        cert = _read_der(path)
        ids = signer_ids(cert) if cert else None
        if cert and ids:
            out.append(TrustedCertificate(ids[0], ids[1], cert, test=True, path=path))
    return out


def _read_der(path: Path) -> x509.Certificate | None:
    try:
        return x509.load_der_x509_certificate(path.read_bytes())
    except (OSError, ValueError):
        return None


# --- import -------------------------------------------------------------------------------

@dataclass
class ImportReport:
    imported: list[dict[str, Any]] = field(default_factory=list)
    refused: list[dict[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"imported": self.imported, "refused": self.refused, "notes": self.notes}


@dataclass(frozen=True)
class _Candidate:
    cert: x509.Certificate
    source: str
    tsl_name: str | None = None  # the TSP trade name when the certificate came from a TSL


def import_certificates(path: Path, data_dir: Path, *, now: datetime | None = None) -> ImportReport:
    """Import the certificates in `path` (DER, PEM, ZIP, folder or ANTS TSL) into the store
    under `data_dir`. Raises TrustError when `path` holds nothing that looks like one."""
    now = now or datetime.now(UTC)
    report = ImportReport()
    candidates = list(_candidates(path, report))
    if not candidates and not report.refused:
        raise TrustError(f"{path}: no certificate found (expected DER, PEM, ZIP, a folder or the ANTS TSL)")
    root = data_dir / TRUST_DIR
    store = TrustStore.load(data_dir)
    # Authorities first, so the signing certificates of the same batch are checked against them.
    ordered = sorted(candidates, key=lambda c: authority_id(c.cert) is None)
    for cand in ordered:
        reason = _refusal(cand, now)
        if reason:
            report.refused.append({"source": cand.source, "reason": reason})
            continue
        name = authority_id(cand.cert)
        der = cand.cert.public_bytes(Encoding.DER)
        if name:
            digest = hashlib.sha256(der).hexdigest()[:16]
            target = root / AUTHORITIES / f"{name}-{digest}.der"
            _write(target, der)
            store._authorities.setdefault(name, []).append(cand.cert)
            report.imported.append({"kind": "authority", "authority": name, "certificate": None,
                                    "file": str(target), "not_after": _iso(cand.cert.not_valid_after_utc)})
            continue
        ids = signer_ids(cand.cert)
        assert ids is not None  # _refusal() turned away what is neither kind
        issuers = store.authorities(ids[0])
        if issuers and not any(_issued_by(cand.cert, ca) for ca in issuers):
            report.refused.append({"source": cand.source,
                                   "reason": f"not signed by the trusted authority {ids[0]}"})
            continue
        if not issuers:
            report.notes.append(f"{ids[0]}-{ids[1]}: no certificate of authority {ids[0]} in the store, "
                                "trusted as imported")
        target = root / f"{ids[0]}-{ids[1]}.der"
        replaced = target.exists() and target.read_bytes() != der
        _write(target, der)
        report.imported.append({"kind": "signer", "authority": ids[0], "certificate": ids[1],
                                "file": str(target), "not_after": _iso(cand.cert.not_valid_after_utc),
                                "replaced": replaced})
    return report


def _iso(moment: datetime) -> str:
    return moment.date().isoformat()


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".tmp")
    partial.write_bytes(data)
    partial.replace(target)  # a crash never leaves half a certificate in the store


def _issued_by(cert: x509.Certificate, ca: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(ca)
        return True
    except Exception:  # InvalidSignature, a key type it cannot check, a name mismatch: not issued by it
        return False


def _refusal(cand: _Candidate, now: datetime) -> str | None:
    cert = cand.cert
    name = authority_id(cert)
    ids = signer_ids(cert)
    if name is None and ids is None:
        return (f"not a 2D-Doc certificate (subject {_cn(cert.subject)!r}, issuer {_cn(cert.issuer)!r}): "
                "expected an authority FRxx or a certificate issued by one")
    if TEST_AUTHORITY in (name, ids[0] if ids else None):
        return "the specification's test authority FR00 is trusted only in demo mode"
    if cand.tsl_name and name and name != cand.tsl_name:
        return f"certificate of {name} listed under {cand.tsl_name}"
    if now < cert.not_valid_before_utc:
        return f"not valid before {_iso(cert.not_valid_before_utc)}"
    if now > cert.not_valid_after_utc:
        return f"expired on {_iso(cert.not_valid_after_utc)}"
    return None


def _candidates(path: Path, report: ImportReport) -> Iterator[_Candidate]:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file())
        if len(files) > MAX_MEMBERS:
            raise TrustError(f"{path}: more than {MAX_MEMBERS} files")
        for member in files:
            try:
                data = member.read_bytes() if member.stat().st_size <= MAX_MEMBER_BYTES else b""
            except OSError:
                data = b""
            yield from _from_bytes(data, str(member), report, nested=True)
        return
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TrustError(f"{path}: file too big for a certificate list")
        data = path.read_bytes()
    except OSError as exc:
        raise TrustError(f"cannot read {path}: {exc.strerror or exc}") from None
    yield from _from_bytes(data, str(path), report, nested=False)


def _from_bytes(data: bytes, source: str, report: ImportReport, *, nested: bool) -> Iterator[_Candidate]:
    """Certificates in one file; inside a ZIP or a folder, what is not one is skipped."""
    head = data.lstrip()[:64]
    if data.startswith(b"PK\x03\x04") and not nested:
        yield from _from_zip(data, source, report)
    elif b"-----BEGIN CERTIFICATE-----" in data:
        try:
            for cert in x509.load_pem_x509_certificates(data):
                yield _Candidate(cert, source)
        except ValueError:
            report.refused.append({"source": source, "reason": "damaged PEM certificate"})
    elif (head.startswith(b"<") and not nested) or b"TrustServiceStatusList" in data[:4096]:
        yield from _from_tsl(data, source, report)
    elif data[:1] == b"\x30":
        try:
            yield _Candidate(x509.load_der_x509_certificate(data), source)
        except ValueError:
            report.refused.append({"source": source, "reason": "not a DER certificate"})
    elif not nested:
        raise TrustError(f"{source}: not a certificate (DER or PEM), a ZIP archive or the ANTS TSL")


def _from_zip(data: bytes, source: str, report: ImportReport) -> Iterator[_Candidate]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except (zipfile.BadZipFile, ValueError):
        raise TrustError(f"{source}: damaged ZIP archive") from None
    if len(members) > MAX_MEMBERS:
        raise TrustError(f"{source}: more than {MAX_MEMBERS} files in the archive")
    for member in members:
        label = f"{source}:{member.filename}"
        if member.file_size > MAX_MEMBER_BYTES:  # a zip bomb or not a certificate
            report.refused.append({"source": label, "reason": "too big for a certificate"})
            continue
        try:
            content = archive.read(member)
        except (zipfile.BadZipFile, ValueError, NotImplementedError, RuntimeError):
            report.refused.append({"source": label, "reason": "unreadable archive member"})
            continue
        yield from _from_bytes(content, label, report, nested=True)


def _from_tsl(data: bytes, source: str, report: ImportReport) -> Iterator[_Candidate]:
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:  # entity expansion: a TSL never needs it
        raise TrustError(f"{source}: XML with a DOCTYPE is refused")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise TrustError(f"{source}: not well-formed XML ({exc})") from None
    if not root.tag.endswith("TrustServiceStatusList"):
        raise TrustError(f"{source}: XML but not a trust-service list (TrustServiceStatusList)")
    for tsp in root.iterfind(".//tsl:TrustServiceProvider", TSL_NS):
        trade = tsp.find(".//tsl:TSPTradeName/tsl:Name", TSL_NS)
        name = (trade.text or "").strip() if trade is not None else ""
        found = tsp.iterfind(".//tsl:TSPInformationURI/tsl:URI", TSL_NS)
        uris = sorted({(u.text or "").strip() for u in found} - {""})
        if uris:
            report.notes.append(f"{name}: signing certificates are published at {', '.join(uris)}")
        for service in tsp.iterfind(".//tsl:ServiceInformation", TSL_NS):
            status = (service.findtext("tsl:ServiceStatus", "", TSL_NS) or "").rstrip("/").rsplit("/", 1)[-1]
            for element in service.iterfind(".//tsl:ServiceDigitalIdentity/tsl:DigitalId/tsl:X509Certificate",
                                            TSL_NS):
                label = f"{source}:{name or '?'}"
                if status.lower() not in GOOD_STATUSES:
                    report.refused.append({"source": label,
                                           "reason": f"service status {status or 'missing'}"})
                    continue
                try:
                    der = base64.b64decode("".join((element.text or "").split()), validate=True)
                    yield _Candidate(x509.load_der_x509_certificate(der), label, tsl_name=name or None)
                except ValueError:
                    report.refused.append({"source": label, "reason": "damaged certificate in the list"})

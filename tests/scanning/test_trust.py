"""The 2D-Doc trust store: nothing trusted by default, the test authority only on demand,
imports of DER, PEM, ZIP, folders and the ANTS trust-service list (TSL), refusals
(expired, test authority, not issued by the listed authority, not a certificate)."""

from __future__ import annotations

import base64
import datetime as dt
import zipfile
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from kiosk.scanning.trust import TRUST_DIR, TrustError, TrustStore, import_certificates, spec_test_authority
from kiosk.scanning.twoddoc import US, parse_2ddoc, verify
from kiosk.scanning.twoddoc_cli import TwoDDocCommandError, trust_import

NOW = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
FR00 = Path(__file__).resolve().parents[2] / "resources" / "twoddoc" / "test-authority" / "FR00-0001.der"


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "FR")])


def authority_cert(key: rsa.RSAPrivateKey, name: str = "FR99") -> x509.Certificate:
    return (x509.CertificateBuilder().subject_name(_name(name)).issuer_name(_name(name))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
            .not_valid_after(dt.datetime(2045, 1, 1, tzinfo=dt.UTC))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .sign(key, hashes.SHA256()))


def signer_cert(key: ec.EllipticCurvePrivateKey, issuer_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
                authority: str = "FR99", cert_id: str = "TK01",
                start: dt.datetime = dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
                end: dt.datetime = dt.datetime(2045, 1, 1, tzinfo=dt.UTC)) -> x509.Certificate:
    return (x509.CertificateBuilder().subject_name(_name(cert_id)).issuer_name(_name(authority))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(issuer_key, hashes.SHA256()))


def tsl(certs: dict[str, x509.Certificate], status: str = "inaccord") -> bytes:
    providers = "".join(f"""
  <tsl:TrustServiceProvider>
   <tsl:TSPInformation>
    <tsl:TSPTradeName><tsl:Name xml:lang="fr">{name}</tsl:Name></tsl:TSPTradeName>
    <tsl:TSPInformationURI><tsl:URI xml:lang="fr">http://pki.example/{name}.der</tsl:URI></tsl:TSPInformationURI>
   </tsl:TSPInformation>
   <tsl:TSPServices><tsl:TSPService><tsl:ServiceInformation>
    <tsl:ServiceDigitalIdentity><tsl:DigitalId><tsl:X509Certificate>
     {base64.b64encode(cert.public_bytes(Encoding.DER)).decode()}
    </tsl:X509Certificate></tsl:DigitalId></tsl:ServiceDigitalIdentity>
    <tsl:ServiceStatus>http://uri.etsi.org/TrstSvc/Svcstatus/{status}</tsl:ServiceStatus>
   </tsl:ServiceInformation></tsl:TSPService></tsl:TSPServices>
  </tsl:TrustServiceProvider>""" for name, cert in certs.items())
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<tsl:TrustServiceStatusList '
            f'xmlns:tsl="http://uri.etsi.org/02231/v2#"><tsl:TrustServiceProviderList>{providers}'
            f'</tsl:TrustServiceProviderList></tsl:TrustServiceStatusList>').encode()


def signed_code(key: ec.EllipticCurvePrivateKey) -> str:
    body = "DC04FR99TK01" + f"{(dt.date(2025, 5, 2) - dt.date(2000, 1, 1)).days:04X}" * 2 + "0101FR10M/A/B"
    r, s = decode_dss_signature(key.sign(body.encode(), ec.ECDSA(hashes.SHA256())))
    return body + US + base64.b32encode(r.to_bytes(32, "big") + s.to_bytes(32, "big")).decode().rstrip("=")


@pytest.fixture(scope="module")
def ca_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def test_nothing_is_trusted_by_default_and_the_test_authority_only_on_demand(tmp_path: Path) -> None:
    assert len(TrustStore.load(tmp_path)) == 0
    assert TrustStore.load(tmp_path).lookup("FR00", "0001") is None
    demo = TrustStore.load(tmp_path, include_test_authority=True).lookup("FR00", "0001")
    assert demo is not None and demo.test
    assert [(c.authority, c.cert_id) for c in spec_test_authority()] == [("FR00", "0001")]


def test_import_der_then_verify_a_code(tmp_path: Path, key: ec.EllipticCurvePrivateKey,
                                       ca_key: rsa.RSAPrivateKey) -> None:
    path = tmp_path / "signer.cer"
    path.write_bytes(signer_cert(key, ca_key).public_bytes(Encoding.DER))
    report = import_certificates(path, tmp_path / "data", now=NOW)
    imported = [(i["kind"], i["authority"], i["certificate"]) for i in report.imported]
    assert imported == [("signer", "FR99", "TK01")]
    assert (tmp_path / "data" / TRUST_DIR / "FR99-TK01.der").exists()
    assert any("no certificate of authority FR99" in n for n in report.notes)
    store = TrustStore.load(tmp_path / "data")
    assert verify(parse_2ddoc(signed_code(key)), store) == "valid"
    assert verify(parse_2ddoc(signed_code(ec.generate_private_key(ec.SECP256R1()))), store) == "invalid"


def test_import_pem_with_several_certificates(tmp_path: Path, ca_key: rsa.RSAPrivateKey) -> None:
    keys = [ec.generate_private_key(ec.SECP256R1()) for _ in range(2)]
    pem = b"".join(signer_cert(k, ca_key, cert_id=f"TK0{i}").public_bytes(Encoding.PEM)
                   for i, k in enumerate(keys, 1))
    (tmp_path / "bundle.pem").write_bytes(pem)
    report = import_certificates(tmp_path / "bundle.pem", tmp_path / "data", now=NOW)
    assert sorted(i["certificate"] for i in report.imported) == ["TK01", "TK02"]
    assert TrustStore.load(tmp_path / "data").lookup("FR99", "TK02") is not None


def test_expired_and_not_yet_valid_certificates_are_refused(tmp_path: Path, key: ec.EllipticCurvePrivateKey,
                                                            ca_key: rsa.RSAPrivateKey) -> None:
    old = signer_cert(key, ca_key, end=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    (tmp_path / "old.der").write_bytes(old.public_bytes(Encoding.DER))
    report = import_certificates(tmp_path / "old.der", tmp_path / "data", now=NOW)
    assert report.imported == [] and "expired on 2025-01-01" in report.refused[0]["reason"]
    with pytest.raises(TwoDDocCommandError, match="expired"):
        trust_import(tmp_path / "old.der", tmp_path / "data")
    future = signer_cert(key, ca_key, start=dt.datetime(2030, 1, 1, tzinfo=dt.UTC),
                         end=dt.datetime(2032, 1, 1, tzinfo=dt.UTC))
    (tmp_path / "future.der").write_bytes(future.public_bytes(Encoding.DER))
    assert "not valid before" in import_certificates(tmp_path / "future.der", tmp_path / "d",
                                                     now=NOW).refused[0]["reason"]
    assert len(TrustStore.load(tmp_path / "data")) == 0


def test_the_test_authority_cannot_be_imported(tmp_path: Path) -> None:
    report = import_certificates(FR00, tmp_path, now=dt.datetime(2013, 1, 1, tzinfo=dt.UTC))
    assert report.imported == [] and "demo mode" in report.refused[0]["reason"]


def test_tsl_authorities_then_signers_checked_against_them(tmp_path: Path, key: ec.EllipticCurvePrivateKey,
                                                           ca_key: rsa.RSAPrivateKey) -> None:
    (tmp_path / "tsl_signed.xml").write_bytes(tsl({"FR99": authority_cert(ca_key)}))
    data = tmp_path / "data"
    report = import_certificates(tmp_path / "tsl_signed.xml", data, now=NOW)
    assert [(i["kind"], i["authority"]) for i in report.imported] == [("authority", "FR99")]
    assert any("http://pki.example/FR99.der" in n for n in report.notes)
    assert len(TrustStore.load(data).authorities("FR99")) == 1
    good = tmp_path / "good.der"
    good.write_bytes(signer_cert(key, ca_key).public_bytes(Encoding.DER))
    assert import_certificates(good, data, now=NOW).imported[0]["certificate"] == "TK01"
    rogue = tmp_path / "rogue.der"  # claims FR99 as issuer, signed by another key
    rogue.write_bytes(signer_cert(key, ec.generate_private_key(ec.SECP256R1()), cert_id="TK66")
                      .public_bytes(Encoding.DER))
    refused = import_certificates(rogue, data, now=NOW).refused
    assert "not signed by the trusted authority FR99" in refused[0]["reason"]
    assert TrustStore.load(data).lookup("FR99", "TK66") is None


def test_tsl_withdrawn_service_and_hostile_xml(tmp_path: Path, ca_key: rsa.RSAPrivateKey) -> None:
    (tmp_path / "tsl.xml").write_bytes(tsl({"FR99": authority_cert(ca_key)}, status="withdrawn"))
    assert "withdrawn" in import_certificates(tmp_path / "tsl.xml", tmp_path, now=NOW).refused[0]["reason"]
    (tmp_path / "bomb.xml").write_bytes(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')
    with pytest.raises(TrustError, match="DOCTYPE"):
        import_certificates(tmp_path / "bomb.xml", tmp_path, now=NOW)
    (tmp_path / "other.xml").write_bytes(b"<html></html>")
    with pytest.raises(TrustError, match="not a trust-service list"):
        import_certificates(tmp_path / "other.xml", tmp_path, now=NOW)


def test_zip_and_folder_of_certificates(tmp_path: Path, ca_key: rsa.RSAPrivateKey) -> None:
    certs = {f"TK{i:02d}": signer_cert(ec.generate_private_key(ec.SECP256R1()), ca_key, cert_id=f"TK{i:02d}")
             for i in range(1, 4)}
    with zipfile.ZipFile(tmp_path / "certs.zip", "w") as archive:
        for cert_id, cert in certs.items():
            archive.writestr(f"certs/{cert_id}.der", cert.public_bytes(Encoding.DER))
        archive.writestr("README.txt", "not a certificate")
    report = import_certificates(tmp_path / "certs.zip", tmp_path / "a", now=NOW)
    assert sorted(i["certificate"] for i in report.imported) == ["TK01", "TK02", "TK03"]
    folder = tmp_path / "folder"
    folder.mkdir()
    for cert_id, cert in certs.items():
        (folder / f"{cert_id}.pem").write_bytes(cert.public_bytes(Encoding.PEM))
    assert len(trust_import(folder, tmp_path / "b")["imported"]) == 3
    assert len(TrustStore.load(tmp_path / "b")) == 3


def test_garbage_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(TrustError, match="not a certificate"):
        import_certificates(tmp_path / "notes.txt", tmp_path, now=NOW)
    with pytest.raises(TwoDDocCommandError, match="cannot read"):
        trust_import(tmp_path / "missing.der", tmp_path)
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04garbage")
    with pytest.raises(TrustError, match="damaged ZIP"):
        import_certificates(tmp_path / "broken.zip", tmp_path, now=NOW)
    ca = authority_cert(rsa.generate_private_key(public_exponent=65537, key_size=2048), name="ACME ROOT")
    (tmp_path / "root.der").write_bytes(ca.public_bytes(Encoding.DER))
    assert "not a 2D-Doc certificate" in import_certificates(tmp_path / "root.der", tmp_path,
                                                             now=NOW).refused[0]["reason"]

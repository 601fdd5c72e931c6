"""Device-signed requests: every call after enrollment carries the device id, a
timestamp and an Ed25519 signature over method, path, timestamp and body hash.
Chosen over mutual TLS: it works through any proxy and needs no PKI on site."""

from __future__ import annotations

import hashlib

DEVICE_HEADER = "X-Escale-Device"
TIMESTAMP_HEADER = "X-Escale-Timestamp"
SIGNATURE_HEADER = "X-Escale-Signature"
CHUNK_SHA256_HEADER = "X-Escale-Chunk-Sha256"
MAX_CLOCK_SKEW_SECONDS = 300


def signing_string(method: str, path: str, timestamp: str, body: bytes) -> bytes:
    """The bytes a device signs; `path` includes the query string, if any."""
    return signing_string_of_hash(method, path, timestamp, hashlib.sha256(body).hexdigest())


def signing_string_of_hash(method: str, path: str, timestamp: str, body_sha256: str) -> bytes:
    """`signing_string` for a body whose SHA-256 (hex) the caller has already made (a chunk
    is hashed once, for its own header and for the signature)."""
    return "\n".join([method.upper(), path, timestamp, body_sha256]).encode()

"""The audit log: who did what, when. Ids, states and check names only, never personal
data, so it can be kept as long as the law asks and read by any IT staff."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from central.models import AuditEvent, utc_now

ADMIN = "admin"  # the HTTP admin API (token holder)
CLI = "cli"  # someone with access to the database, through `central ...` commands


def device_actor(device_id: str) -> str:
    return f"device:{device_id}"


def record(session: Session, actor: str, action: str, target: str | None = None,
           detail: str | None = None, at: datetime | None = None) -> None:
    """Add an event to the caller's transaction: it commits (or not) with what it describes."""
    session.add(AuditEvent(at=at or utc_now(), actor=actor, action=action, target=target,
                           detail=None if detail is None else detail[:300]))

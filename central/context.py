"""What the endpoints share, built once by `create_app` and reached through a dependency."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request

from central.config import CentralSettings
from central.db import Database
from central.dossiers import Intake
from central.keys import CentralKeys
from central.registry import PublicKeys


@dataclass(frozen=True)
class Central:
    settings: CentralSettings
    db: Database
    keys: CentralKeys
    intake: Intake
    clock: Callable[[], datetime]
    public_keys: PublicKeys = field(default_factory=PublicKeys)  # devices' keys, for signatures


def central_of(request: Request) -> Central:
    central: Central = request.app.state.central
    return central


CentralDep = Annotated[Central, Depends(central_of)]

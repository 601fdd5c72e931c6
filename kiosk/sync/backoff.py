"""Capped exponential backoff with jitter: kiosks that lost the network together do
not all knock again at the same second when it comes back."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta


@dataclass
class Backoff:
    base_seconds: float = 5.0
    cap_seconds: float = 900.0
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempts: int) -> timedelta:
        """Wait before attempt `attempts + 1`: base·2^(attempts-1), capped, then 50–100 %."""
        ceiling = min(self.cap_seconds, self.base_seconds * 2 ** max(attempts - 1, 0))
        return timedelta(seconds=ceiling * self.rng.uniform(0.5, 1.0))

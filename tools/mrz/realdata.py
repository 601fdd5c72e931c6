"""The real MRZ line crops of shared/samples/mrz-lines, split into training and held-out lines.

The split is by source photo (a photo's 2–3 lines fall on one side), and byte-identical images
follow the photo of their first copy, so no held-out line was seen in training in any form.
It is a fixed rule (CRC-32 of the photo name), so training, tests and the benchmark agree.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_ROOT = REPO.parent / "shared" / "samples" / "mrz-lines"
HELD_OUT_PERCENT = 15
ALPHABET = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<")


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: the character errors of a reading (training, tests, benchmark)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@dataclass(frozen=True)
class RealLine:
    number: str
    path: Path
    text: str
    photo: str

    @property
    def standard(self) -> bool:
        """A whole TD1/TD2/TD3 line (the other ~3% are partial cuts or odd templates)."""
        return len(self.text) in (30, 36, 44)


def load_split(root: Path = DEFAULT_ROOT) -> tuple[list[RealLine], list[RealLine]]:
    """(training lines, held-out lines); labels with characters outside the MRZ alphabet dropped."""
    photos: dict[str, str] = {}
    for row in (root / "index.tsv").read_text().splitlines()[1:]:
        number, source = row.split("\t")
        photos[number] = source.rsplit("-", 1)[0]
    first_photo_of: dict[str, str] = {}
    train: list[RealLine] = []
    held: list[RealLine] = []
    for number in sorted(photos):
        path = root / "lines" / f"{number}.png"
        text = (root / "lines" / f"{number}.gt.txt").read_text().strip()
        if not text or not set(text) <= ALPHABET:
            continue
        digest = hashlib.sha1(path.read_bytes()).hexdigest()
        photo = first_photo_of.setdefault(digest, photos[number])
        line = RealLine(number, path, text, photo)
        is_held = zlib.crc32(photo.encode()) % 100 < HELD_OUT_PERCENT
        (held if is_held else train).append(line)
    return train, held

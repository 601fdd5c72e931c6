"""Frame sources for the scanning loop, behind one small interface: a camera (device
index), a video file, or a folder of images (so tests and demos run without a camera).

Each yields `(timestamp, frame)`: seconds from `time.monotonic()` and a BGR uint8 array.
Reading is blocking, so the caller runs it in a worker (the UI wraps a source in a
QThread; no Qt here). A source that fails gives a typed `CameraError`, never a hang: a
camera that stops answering is detected by a read timeout.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp")
Frame = tuple[float, np.ndarray]


class CameraError(RuntimeError):
    """The source cannot give frames: not found, could not open, stopped answering."""


class CameraUnavailable(CameraError):
    """The device, file or folder is not there or cannot be opened."""


class CameraLost(CameraError):
    """The source gave frames, then stopped (unplugged camera, read timeout)."""


class FrameSource(Protocol):
    def frames(self) -> Iterator[Frame]: ...

    def close(self) -> None: ...


class CameraSource:
    """A camera by device index, 1280×720 requested (the driver may give another size).
    A read that takes longer than `timeout` seconds, or `max_failures` failed reads in a
    row, raise `CameraLost`."""

    def __init__(self, index: int = 0, size: tuple[int, int] = (1280, 720), timeout: float = 2.0,
                 max_failures: int = 10) -> None:
        self.index, self.size, self.timeout, self.max_failures = index, size, timeout, max_failures
        self._capture: cv2.VideoCapture | None = None
        self._closed = threading.Event()

    def _open(self) -> cv2.VideoCapture:
        capture = cv2.VideoCapture(self.index)
        if not capture.isOpened():
            capture.release()
            raise CameraUnavailable(f"camera {self.index} cannot be opened")
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.size[0])
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.size[1])
        return capture

    def frames(self) -> Iterator[Frame]:
        self._capture = capture = self._open()
        failures = 0
        try:
            while not self._closed.is_set():
                ok, frame = _read_with_timeout(capture, self.timeout)
                if ok is None:
                    raise CameraLost(f"camera {self.index} did not answer within {self.timeout} s")
                if not ok or frame is None:
                    failures += 1
                    if failures >= self.max_failures:
                        raise CameraLost(f"camera {self.index} stopped giving frames")
                    time.sleep(0.02)
                    continue
                failures = 0
                yield time.monotonic(), frame
        finally:
            self.close()

    def close(self) -> None:
        self._closed.set()
        if self._capture is not None:
            self._capture.release()
            self._capture = None


def _read_with_timeout(capture: cv2.VideoCapture, timeout: float) -> tuple[bool | None, np.ndarray | None]:
    """`capture.read()` on a helper thread, so an unplugged camera whose driver blocks
    does not block the caller; (None, None) on timeout (the helper is abandoned, as a
    blocked driver call cannot be interrupted)."""
    box: list[tuple[bool, np.ndarray | None]] = []
    worker = threading.Thread(target=lambda: box.append(capture.read()), daemon=True)
    worker.start()
    worker.join(timeout)
    if not box:
        return None, None
    return box[0]


class VideoFileSource:
    """Frames of a video file, paced at the file's frame rate when `realtime`, else as
    fast as they decode. Ends at the end of the file, or loops when `loop`."""

    def __init__(self, path: str | Path, loop: bool = False, realtime: bool = False) -> None:
        self.path, self.loop, self.realtime = Path(path), loop, realtime
        self._closed = threading.Event()

    def frames(self) -> Iterator[Frame]:
        if not self.path.is_file():
            raise CameraUnavailable(f"no video file at {self.path}")
        while not self._closed.is_set():
            capture = cv2.VideoCapture(str(self.path))
            if not capture.isOpened():
                raise CameraUnavailable(f"cannot open video {self.path}")
            fps = capture.get(cv2.CAP_PROP_FPS) or 25.0
            count = 0
            try:
                while not self._closed.is_set():
                    ok, frame = capture.read()
                    if not ok or frame is None:
                        break
                    count += 1
                    yield time.monotonic(), frame
                    if self.realtime:
                        time.sleep(1.0 / fps)
            finally:
                capture.release()
            if count == 0:
                raise CameraUnavailable(f"video {self.path} has no readable frame")
            if not self.loop:
                return

    def close(self) -> None:
        self._closed.set()


class ImageFolderSource:
    """The images of a folder in name order, at `fps` frames a second (0 = as fast as
    they load); loops when `loop`, else ends after the last. Unreadable files are
    skipped; a folder with no readable image raises `CameraUnavailable`."""

    def __init__(self, folder: str | Path, fps: float = 10.0, loop: bool = False) -> None:
        self.folder, self.fps, self.loop = Path(folder), fps, loop
        self._closed = threading.Event()

    def frames(self) -> Iterator[Frame]:
        if not self.folder.is_dir():
            raise CameraUnavailable(f"no folder at {self.folder}")
        files = sorted(p for p in self.folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        while not self._closed.is_set():
            shown = 0
            for path in files:
                if self._closed.is_set():
                    return
                frame = cv2.imread(str(path), cv2.IMREAD_COLOR)
                if frame is None:
                    continue
                shown += 1
                yield time.monotonic(), frame
                if self.fps > 0:
                    self._closed.wait(1.0 / self.fps)
            if shown == 0:
                raise CameraUnavailable(f"no readable image in {self.folder}")
            if not self.loop:
                return

    def close(self) -> None:
        self._closed.set()

"""Frame sources: a folder of images, a video file, a camera that is not there."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.scanning.camera import (
    CameraSource,
    CameraUnavailable,
    ImageFolderSource,
    VideoFileSource,
)


def _frames(n: int) -> list[np.ndarray]:
    out = []
    for i in range(n):
        frame = np.full((120, 160, 3), 255, np.uint8)
        cv2.putText(frame, str(i), (40, 80), cv2.FONT_HERSHEY_SIMPLEX, 2, (0, 0, 0), 3)
        out.append(frame)
    return out


def test_folder_in_name_order(tmp_path: Path) -> None:
    for i, frame in enumerate(_frames(3)):
        cv2.imwrite(str(tmp_path / f"{i:02d}.png"), frame)
    (tmp_path / "notes.txt").write_text("not an image")
    (tmp_path / "99.jpg").write_bytes(b"\xff\xd8 broken jpeg")
    got = list(ImageFolderSource(tmp_path, fps=0).frames())
    assert len(got) == 3
    times = [t for t, _ in got]
    assert times == sorted(times)
    for (_, frame), expected in zip(got, _frames(3), strict=True):
        assert frame.shape == expected.shape and np.array_equal(frame, expected)


def test_folder_loops_until_closed(tmp_path: Path) -> None:
    for i, frame in enumerate(_frames(2)):
        cv2.imwrite(str(tmp_path / f"{i}.png"), frame)
    source = ImageFolderSource(tmp_path, fps=0, loop=True)
    got = []
    for item in source.frames():
        got.append(item)
        if len(got) == 5:
            source.close()
    assert len(got) == 5


def test_folder_missing_or_empty(tmp_path: Path) -> None:
    with pytest.raises(CameraUnavailable):
        list(ImageFolderSource(tmp_path / "nowhere").frames())
    with pytest.raises(CameraUnavailable):
        list(ImageFolderSource(tmp_path).frames())


def test_video_file(tmp_path: Path) -> None:
    path = tmp_path / "clip.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (160, 120))
    if not writer.isOpened():
        pytest.skip("no video encoder in this OpenCV build")
    for frame in _frames(6):
        writer.write(frame)
    writer.release()
    got = list(VideoFileSource(path).frames())
    assert len(got) == 6
    assert all(f.shape == (120, 160, 3) and f.dtype == np.uint8 for _, f in got)
    looped = []
    source = VideoFileSource(path, loop=True)
    for item in source.frames():
        looped.append(item)
        if len(looped) == 9:
            source.close()
    assert len(looped) == 9


def test_video_missing_or_corrupt(tmp_path: Path) -> None:
    with pytest.raises(CameraUnavailable):
        list(VideoFileSource(tmp_path / "none.avi").frames())
    bad = tmp_path / "bad.avi"
    bad.write_bytes(b"RIFF garbage")
    with pytest.raises(CameraUnavailable):
        list(VideoFileSource(bad).frames())


def test_absent_camera_is_a_typed_error() -> None:
    with pytest.raises(CameraUnavailable):
        next(CameraSource(97).frames())

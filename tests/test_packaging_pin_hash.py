"""`kiosk pin-hash`: the PIN hash IT staff paste into config.toml, made by the real command
(a subprocess: typed twice on a terminal without echo, or one line with --stdin)."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_settings
from kiosk.security.pins import verify_pin

KIOSK = [sys.executable, "-m", "kiosk"]


def pin_hash(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    # start_new_session: no controlling terminal, as in a pipeline run by a script.
    return subprocess.run([*KIOSK, "pin-hash", *args], input=stdin, capture_output=True, text=True,
                          timeout=60, check=False, start_new_session=True)


def test_stdin_pin_gives_a_hash_the_configuration_accepts(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    done = pin_hash("--stdin", stdin="482913\n")
    assert done.returncode == 0, done.stderr
    [line] = done.stdout.splitlines()
    assert line.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert "482913" not in done.stdout + done.stderr
    assert verify_pin("482913", line) and not verify_pin("482914", line)
    for name in [n for n in os.environ if n.startswith("ESCALE_")]:
        monkeypatch.delenv(name)
    config = tmp_path / "config.toml"
    config.write_text(f'admin_pin_hash = "{line}"\nmediator_pin_hash = "{line}"\n', encoding="utf-8")
    settings = load_settings(config, data_dir=tmp_path)
    assert settings.admin_pin_hash == line == settings.mediator_pin_hash


def test_each_hash_is_salted() -> None:
    first, second = (pin_hash("--stdin", stdin="2580\r\n").stdout for _ in range(2))
    assert first != second and verify_pin("2580", first.strip()) and verify_pin("2580", second.strip())


SHORT = "kiosk: pin-hash: a PIN has at least 4 digits"
NOT_DIGITS = "kiosk: pin-hash: a PIN is made of digits 0-9 only"


@pytest.mark.parametrize(("pin", "message"), [
    ("123", SHORT), ("", SHORT), ("12a4", NOT_DIGITS), ("12 34", NOT_DIGITS),
    ("١٢٣٤", NOT_DIGITS),  # Arabic-Indic digits: not on the kiosk's keypad
])
def test_short_or_non_digit_pins_are_refused_with_a_clear_message(pin: str, message: str) -> None:
    done = pin_hash("--stdin", stdin=pin + "\n")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip() == message


def test_a_wrong_hash_in_the_configuration_points_at_the_command(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("ESCALE_")]:
        monkeypatch.delenv(name)
    config = tmp_path / "config.toml"
    config.write_text('admin_pin_hash = "123456"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="kiosk pin-hash"):
        load_settings(config, data_dir=tmp_path)


def test_without_a_terminal_the_pin_is_read_twice_from_standard_input() -> None:
    done = pin_hash(stdin="7531\n7531\n")
    assert done.returncode == 0, done.stderr
    assert verify_pin("7531", done.stdout.strip())
    differ = pin_hash(stdin="7531\n7532\n")
    assert differ.returncode == 2 and "the two PINs differ" in differ.stderr and differ.stdout == ""
    empty = pin_hash(stdin="")
    assert empty.returncode == 2 and "no PIN given" in empty.stderr


def _read_until(fd: int, needle: bytes, seen: bytearray, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while needle not in seen:
        if time.monotonic() > deadline:
            raise AssertionError(f"no {needle!r} in {bytes(seen)!r}")
        try:
            chunk = os.read(fd, 4096)
        except BlockingIOError:
            time.sleep(0.02)
            continue
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk


def _on_a_terminal(*typed: str) -> tuple[int, str]:
    """Run `kiosk pin-hash` with a pseudo-terminal as its controlling terminal; type each
    answer after its prompt. Returns the exit status and everything the terminal showed."""
    master, slave = os.openpty()

    def take_terminal() -> None:  # after setsid: the pty becomes the controlling terminal
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    process = subprocess.Popen([*KIOSK, "pin-hash"], stdin=slave, stdout=slave, stderr=slave,
                               start_new_session=True, preexec_fn=take_terminal, close_fds=True)
    os.close(slave)
    os.set_blocking(master, False)
    seen = bytearray()
    try:
        for answer, prompt in zip(typed, (b"PIN: ", b"PIN (again): "), strict=False):
            _read_until(master, prompt, seen)
            os.write(master, answer.encode() + b"\r")
        status = process.wait(timeout=60)
        try:
            while chunk := os.read(master, 4096):
                seen += chunk
        except OSError:
            pass
    finally:
        os.close(master)
        if process.poll() is None:
            process.kill()
    return status, seen.decode("utf-8", "replace")


def test_on_a_terminal_the_pin_is_asked_twice_without_echo() -> None:
    status, screen = _on_a_terminal("9173", "9173")
    assert status == 0, screen
    assert "PIN: " in screen and "PIN (again): " in screen
    assert "9173" not in screen  # never echoed
    [phc] = [line.strip() for line in screen.splitlines() if line.strip().startswith("$argon2id$")]
    assert verify_pin("9173", phc)


def test_on_a_terminal_two_different_pins_are_refused() -> None:
    status, screen = _on_a_terminal("9173", "9174")
    assert status == 2 and "the two PINs differ" in screen and "$argon2id$" not in screen


def test_the_cli_does_not_load_the_hashing_until_asked() -> None:
    code = "import sys, kiosk.cli; print('cryptography' in sys.modules, 'kiosk.security.pins' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          timeout=60)
    assert done.stdout.split() == ["False", "False"]

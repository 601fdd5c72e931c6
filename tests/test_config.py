"""The site configuration: TOML, then environment, then flags; wrong values named."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_settings


def test_file_then_environment_then_flags(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.toml"
    config.write_text('central_url = "https://central.example/"\nsite_name = "Bobigny"\n'
                      'mode = "self_service"\n', encoding="utf-8")
    monkeypatch.setenv("ESCALE_SITE_NAME", "Préfecture de Bobigny")
    settings = load_settings(config, data_dir=str(tmp_path / "data"))
    assert settings.central_url == "https://central.example"
    assert settings.site_name == "Préfecture de Bobigny"
    assert settings.mode == "self_service"
    assert settings.data_dir == tmp_path / "data"


@pytest.mark.parametrize("text,key", [
    ('central_url = "ftp://x"', "central_url"),
    ('mode = "kiosk"', "mode"),
    ("http_timeout_seconds = -1", "http_timeout_seconds"),
    ('colour = "blue"', "colour"),
    ('on_screen_keyboard = "sometimes"', "on_screen_keyboard"),
    ("central_url = ", "config.toml"),
])
def test_wrong_settings_name_their_key(tmp_path: Path, text: str, key: str) -> None:
    config = tmp_path / "config.toml"
    config.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=key):
        load_settings(config)


def test_on_screen_keyboard_from_file_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.toml"
    config.write_text("on_screen_keyboard = true\n", encoding="utf-8")
    assert load_settings(config).on_screen_keyboard is True
    monkeypatch.setenv("ESCALE_ON_SCREEN_KEYBOARD", "false")
    assert load_settings(config).on_screen_keyboard is False

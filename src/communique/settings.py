"""Settings: the package's ``defaults.toml`` layered with the user's file and environment.

Layers, later ones winning: ``defaults.toml`` in the package; the user's file
(``--config FILE``, else ``$COMMUNIQUE_CONFIG``, else ``./communique.toml`` if
it exists); environment variables ``COMMUNIQUE_<SECTION>_<KEY>``. The user's
keys are checked against the defaults, so a typo is an error, not a setting
silently ignored. ``load_settings`` returns a plain value; nothing is global.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from communique.errors import SettingsError

USER_FILE = "communique.toml"
CONFIG_VARIABLE = "COMMUNIQUE_CONFIG"
_ENV_PREFIX = "COMMUNIQUE_"
_KINDS = {bool: "true or false", int: "an integer", float: "a number", str: "a string"}


@dataclass(frozen=True)
class StoreSettings:
    url: str


@dataclass(frozen=True)
class IngestSettings:
    batch_size: int
    max_document_chars: int
    max_document_seconds: float


@dataclass(frozen=True)
class StatsSettings:
    top_actors: int


@dataclass(frozen=True)
class ServeSettings:
    login_failures: int
    login_window_seconds: int
    allowed_hosts: str


@dataclass(frozen=True)
class EventsSettings:
    learned_scorer: bool


@dataclass(frozen=True)
class Settings:
    store: StoreSettings
    ingest: IngestSettings
    stats: StatsSettings
    serve: ServeSettings
    events: EventsSettings


_SECTIONS: dict[str, type] = {"store": StoreSettings, "ingest": IngestSettings,
                              "stats": StatsSettings, "serve": ServeSettings,
                              "events": EventsSettings}


def default_values() -> dict[str, dict[str, Any]]:
    text = resources.files("communique").joinpath("defaults.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def load_settings(config: Path | None = None,
                  environ: Mapping[str, str] | None = None) -> Settings:
    """The settings in force: defaults, then the user's file, then the environment."""
    environ = os.environ if environ is None else environ
    values = default_values()
    user_file = config or _user_file(environ)
    if user_file is not None:
        _merge(values, _read_user_file(user_file), str(user_file))
    _merge(values, _from_environment(values, environ), "the environment")
    return Settings(**{name: cls(**values[name]) for name, cls in _SECTIONS.items()})


def _user_file(environ: Mapping[str, str]) -> Path | None:
    if environ.get(CONFIG_VARIABLE):
        return Path(environ[CONFIG_VARIABLE])
    local = Path(USER_FILE)
    return local if local.is_file() else None


def _read_user_file(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SettingsError(f"settings file {path} does not exist; create it or point "
                            f"{CONFIG_VARIABLE} / --config at an existing file") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"settings file {path} is not valid TOML: {exc}; fix it or "
                            "remove it to use the defaults") from exc


def _merge(values: dict[str, dict[str, Any]], override: Mapping[str, Any], where: str) -> None:
    """Copy ``override`` into ``values``, refusing keys and types the defaults do not have."""
    for section, entries in override.items():
        if section not in values or not isinstance(entries, dict):
            raise SettingsError(f"unknown settings section [{section}] in {where}; known "
                                f"sections: {', '.join(sorted(values))}")
        for key, value in entries.items():
            if key not in values[section]:
                raise SettingsError(
                    f"unknown setting {section}.{key} in {where}; settings of [{section}]: "
                    f"{', '.join(sorted(values[section]))}")
            default = values[section][key]
            if type(value) is not type(default):
                raise SettingsError(f"setting {section}.{key} in {where} must be "
                                    f"{_KINDS[type(default)]}, not {value!r}")
            values[section][key] = value


def _from_environment(values: dict[str, dict[str, Any]],
                      environ: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    """``COMMUNIQUE_<SECTION>_<KEY>`` variables of known settings, typed like their defaults."""
    found: dict[str, dict[str, Any]] = {}
    for section, entries in values.items():
        for key, default in entries.items():
            name = f"{_ENV_PREFIX}{section}_{key}".upper()
            if name in environ:
                found.setdefault(section, {})[key] = _typed(environ[name], default, name)
    return found


def _typed(raw: str, default: Any, name: str) -> Any:
    if isinstance(default, bool):
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off"):
            return False
        raise SettingsError(f"{name} must be true or false, not {raw!r}")
    if isinstance(default, int | float):
        try:
            return type(default)(raw)
        except ValueError as exc:
            raise SettingsError(f"{name} must be {_KINDS[type(default)]}, "
                                f"not {raw!r}") from exc
    return raw

"""Settings: package defaults, then the user's file, then environment variables."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import SettingsError
from communique.settings import load_settings


def test_settings_defaults_come_from_the_package(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)     # no communique.toml here
    settings = load_settings(environ={})
    assert (settings.store.url, settings.ingest.batch_size, settings.stats.top_actors) == (
        "communique.db", 16, 10)


def test_settings_file_overrides_defaults_and_environment_overrides_file(
        tmp_path: Path) -> None:
    config = tmp_path / "team.toml"
    config.write_text('[store]\nurl = "postgresql://kb@db/communique"\n\n'
                      "[stats]\ntop_actors = 25\n")
    from_file = load_settings(config, environ={})
    assert (from_file.store.url, from_file.stats.top_actors,
            from_file.ingest.batch_size) == ("postgresql://kb@db/communique", 25, 16)
    layered = load_settings(config, environ={"COMMUNIQUE_STATS_TOP_ACTORS": "3",
                                             "COMMUNIQUE_TEST_POSTGRES_DSN": "ignored"})
    assert (layered.store.url, layered.stats.top_actors) == (
        "postgresql://kb@db/communique", 3)


def test_settings_file_named_by_the_environment(tmp_path: Path) -> None:
    config = tmp_path / "elsewhere.toml"
    config.write_text("[ingest]\nbatch_size = 4\n")
    assert load_settings(environ={"COMMUNIQUE_CONFIG": str(config)}).ingest.batch_size == 4


@pytest.mark.parametrize(("content", "message"), [
    ("[stores]\nurl = 'x'\n",
     "unknown settings section [stores] in {file}; known sections: events, ingest, serve, "
     "stats, store"),
    ("[stats]\ntop = 3\n",
     "unknown setting stats.top in {file}; settings of [stats]: top_actors"),
    ("[stats]\ntop_actors = 'ten'\n",
     "setting stats.top_actors in {file} must be an integer, not 'ten'"),
    ("[stats\n", "settings file {file} is not valid TOML"),
])
def test_settings_file_mistakes_are_errors(tmp_path: Path, content: str, message: str) -> None:
    config = tmp_path / "communique.toml"
    config.write_text(content)
    with pytest.raises(SettingsError) as error:
        load_settings(config, environ={})
    assert message.format(file=config) in str(error.value)


def test_settings_environment_values_are_typed(tmp_path: Path) -> None:
    (tmp_path / "empty.toml").write_text("")
    assert load_settings(tmp_path / "empty.toml",
                         environ={"COMMUNIQUE_INGEST_BATCH_SIZE": "8"}).ingest.batch_size == 8
    with pytest.raises(SettingsError, match="COMMUNIQUE_INGEST_BATCH_SIZE must be an "
                                            "integer, not 'big'"):
        load_settings(tmp_path / "empty.toml",
                      environ={"COMMUNIQUE_INGEST_BATCH_SIZE": "big"})


def test_settings_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=r"settings file .*absent\.toml does not exist"):
        load_settings(tmp_path / "absent.toml", environ={})

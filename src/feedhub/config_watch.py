"""Watching the config directory: the last good Settings and what is wrong on disk now.

`LiveSettings` is the one reload mechanism: each HTTP worker process has one (and reads
it per request), the scheduler's process has one in runtime.Service. An invalid edit
never replaces the settings in force; its problems (config.load_settings's, naming file,
table and field) are kept with the time the edit was saved until an edit fixes them.
A change is noticed by `config_fingerprint` (each file's size and mtime), so an
unchanged directory costs three stat calls.
"""

from __future__ import annotations

import os
import time
from datetime import UTC
from datetime import datetime
from pathlib import Path

from feedhub.config import SECTIONS_FILE
from feedhub.config import SERVICE_FILE
from feedhub.config import SOURCES_FILE
from feedhub.config import load_settings
from feedhub.errors import ConfigError
from feedhub.models import ConfigProblem
from feedhub.models import Settings


def config_fingerprint(config_dir: str | os.PathLike[str]) -> tuple[tuple[str, int, int], ...]:
    """Name, size and mtime of each config file: changes when an operator edits one."""
    out = []
    for name in (SERVICE_FILE, SECTIONS_FILE, SOURCES_FILE):
        try:
            st = (Path(config_dir) / name).stat()
            out.append((name, st.st_size, st.st_mtime_ns))
        except OSError:
            out.append((name, -1, -1))
    return tuple(out)


class LiveSettings:
    """The settings of a config directory, re-read when a file changes, and what is wrong
    with the files on disk now. The one reload mechanism: each HTTP worker process has one
    (and reads it per request), the scheduler's process has one in runtime.Service.

    Invariants: `settings` is always a valid Settings, the last good one (an invalid edit
    never replaces it); `problems` is empty exactly when the files read last were valid,
    and otherwise lists every problem of that read, each with the time it first appeared,
    until an edit fixes it. Calling the object returns `settings`, checking the files at
    most every `every` seconds; `refresh()` checks now. Not locked: one thread per object.
    """

    def __init__(
        self,
        config_dir: str | os.PathLike[str],
        every: float = 2.0,
        *,
        settings: Settings | None = None,
    ) -> None:
        """Read the config now (raises ConfigError if it is invalid), or take `settings`
        as what it holds already."""
        self.config_dir = str(config_dir)
        self.every = every
        self._fingerprint = config_fingerprint(config_dir)
        self._settings = settings if settings is not None else load_settings(config_dir)
        self._problems: tuple[ConfigProblem, ...] = ()
        self._checked = time.monotonic()

    def __call__(self) -> Settings:
        if time.monotonic() - self._checked >= self.every:
            self.refresh()
        return self._settings

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def problems(self) -> tuple[ConfigProblem, ...]:
        return self._problems

    def refresh(self) -> bool:
        """Look at the files now; True if they changed since the last look. Then either
        `settings` are the new ones and `problems` is empty, or the edit is invalid:
        `settings` stay, `problems` says why (a problem already known keeps its `since`)."""
        self._checked = time.monotonic()
        fp = config_fingerprint(self.config_dir)
        if fp == self._fingerprint:
            return False
        self._fingerprint = fp
        try:
            settings = load_settings(self.config_dir)
        except ConfigError as e:
            known = {p.text: p.since for p in self._problems}
            edited = _edited_at(fp)
            self._problems = tuple(ConfigProblem(t, known.get(t, edited)) for t in e.problems)
            return True
        self._settings = settings
        self._problems = ()
        return True


def _edited_at(fingerprint: tuple[tuple[str, int, int], ...]) -> datetime:
    """When the newest of the config files was saved (now, if none exists)."""
    newest = max((mtime for _name, _size, mtime in fingerprint), default=-1)
    if newest < 0:
        return datetime.now(UTC).replace(microsecond=0)
    return datetime.fromtimestamp(newest // 1_000_000_000, UTC)

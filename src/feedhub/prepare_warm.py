"""Imported once by the fork server of the parse workers (feedhub.prepare), never by the
service process: the modules a worker needs and the language model (py3langid, about
75 MB once used) are loaded here, so every worker forks with them, its pages shared,
instead of loading its own copy on its first poll."""

from __future__ import annotations

from feedhub import prepare as prepare
from feedhub.normalize import detect_language

detect_language(None, "Vorbereitung", "Das Sprachmodell wird einmal geladen und geteilt.")

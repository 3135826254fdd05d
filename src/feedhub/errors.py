"""The exception tree.

    FeedhubError
    ├── ConfigError(path, where, field)   a config file or value is wrong; names all three
    ├── SourceError(source, location)     one source failed; the run goes on
    │   ├── FetchError                    network error or HTTP status (.status)
    │   └── ParseError                    not a feed, or a feed we cannot read
    └── StorageError                      database failure; fatal for the run

Messages are short and lowercase, with the subject attached, e.g.
`source 'tagesschau' (https://x/feed): HTTP 404 Not Found`.
This module imports nothing from feedhub.
"""

from __future__ import annotations


class FeedhubError(Exception):
    """Base of all feedhub errors."""


class ConfigError(FeedhubError):
    """A config file is invalid: which file, which table, which field, what is wrong."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class SourceError(FeedhubError):
    def __init__(self, source: str, location: str, message: str, *, status: int | None = None):
        self.source = source
        self.location = location
        self.message = message
        self.status = status
        super().__init__(f"source {source!r} ({location}): {message}")

    def __reduce__(self) -> tuple[object, ...]:
        # picklable with its attributes: a worker process raises it (feedhub.prepare)
        return (_rebuild, (type(self), self.args, self.__dict__))


class FetchError(SourceError):
    """The source could not be fetched (network, HTTP status, size limit, missing folder).

    `retry_after`: the raw Retry-After header of a 429 or 503 (seconds or an HTTP date;
    schedule.retry_after_seconds reads it)."""

    def __init__(
        self,
        source: str,
        location: str,
        message: str,
        *,
        status: int | None = None,
        retry_after: str | None = None,
    ):
        super().__init__(source, location, message, status=status)
        self.retry_after = retry_after


class ParseError(SourceError):
    """What the source returned is not a feed feedhub can read."""


class StorageError(FeedhubError):
    """The database failed."""


def _rebuild(cls: type[SourceError], args: tuple[object, ...], state: dict[str, object]) -> object:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error

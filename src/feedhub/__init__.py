"""feedhub: the feed hub of a German-language news portal."""

__version__ = "0.1.0"

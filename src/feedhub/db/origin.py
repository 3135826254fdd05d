"""An article's origin (models.FeedOrigin) as the JSON of `articles.origin`, and back."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from feedhub.models import FeedOrigin


def origin_json(origin: FeedOrigin | None) -> dict[str, Any] | None:
    if origin is None:
        return None
    return {
        "id": origin.id,
        "title": origin.title,
        "link": origin.link,
        "self": origin.self_url,
        "updated": origin.updated.isoformat() if origin.updated else None,
    }


def origin_of(value: Any) -> FeedOrigin | None:
    """The stored origin; None for a row without one (stored before migration 0013)."""
    if not isinstance(value, dict):
        return None
    updated = value.get("updated")
    return FeedOrigin(
        id=value.get("id"),
        title=value.get("title"),
        link=value.get("link"),
        self_url=value.get("self"),
        updated=datetime.fromisoformat(updated) if isinstance(updated, str) else None,
    )

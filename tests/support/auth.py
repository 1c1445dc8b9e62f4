"""Basic auth headers for requests made by hand."""

from __future__ import annotations

import base64


def basic(username: str = "user", key: str = "key") -> dict[str, str]:
    """Return a Basic Authorization header."""
    token = base64.b64encode(f"{username}:{key}".encode()).decode()
    return {"Authorization": f"Basic {token}"}

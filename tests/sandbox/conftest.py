import base64
from collections.abc import AsyncIterator

import aiohttp
import pytest


def basic(username: str = "user", key: str = "key") -> dict[str, str]:
    """Return a Basic Authorization header."""
    token = base64.b64encode(f"{username}:{key}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    """Yield a client session authenticated as the account "user"."""
    async with aiohttp.ClientSession(headers=basic()) as client:
        yield client

from collections.abc import AsyncIterator

import aiohttp
import pytest
from support.auth import basic


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    """Yield a client session authenticated as the account "user"."""
    async with aiohttp.ClientSession(headers=basic()) as client:
        yield client

"""``RedisSeenStore``: the webhook events every replica has handed on, and the ones being handled.

A receiver given this store (``receiver(..., seen=RedisSeenStore(...))``) shares with every
other replica what it remembers: two keys an event at most, both expiring. ``seen:<digest>``
says the event was handed on; it lasts ``remember_for`` seconds, so memory is bounded by the
events of that long (about 100 bytes each). ``claim:<digest>`` says a replica is running the
event's callback now; it is taken with SET NX, holds that replica's token, and runs out after
``claim_for`` seconds if the replica dies before remembering or releasing it. Taking a claim
and remembering an event are Lua scripts, so "not seen, and not claimed" is decided in one step.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

from clicksend_async._errors import ClickSendError, ConfigurationError
from clicksend_async.shared._redis import client_from_url, where

try:
    from redis.exceptions import RedisError
except ImportError as exc:  # pragma: no cover - only without the extra installed
    raise ImportError(
        "clicksend_async.shared needs redis-py: pip install 'clicksend-async[redis]'"
    ) from exc

if TYPE_CHECKING:
    import redis.asyncio as aioredis
    from redis.commands.core import AsyncScript

# KEYS: seen, claim. ARGV: token, claim_for (ms). 1: claimed; 0: seen, or claimed elsewhere.
_CLAIM = """
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 0
end
if redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return 1
end
return 0
"""

# KEYS: seen, claim. ARGV: token, remember_for (ms) or '' to only release.
_END = """
if ARGV[2] ~= '' then
  redis.call('SET', KEYS[1], '1', 'PX', ARGV[2])
end
if redis.call('GET', KEYS[2]) == ARGV[1] then
  redis.call('DEL', KEYS[2])
end
return 1
"""


class SeenStoreUnavailableError(ClickSendError):
    """The seen-store's Redis did not answer; the push is answered 503 and pushed again."""


def _seconds(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ConfigurationError(f"{name} must be a positive number of seconds, got {value!r}")
    return float(value)


class RedisSeenStore:
    """Webhook events handed on, shared by every receiver replica through Redis.

    Args:
        client: a ``redis.asyncio.Redis``; closed by :meth:`aclose` only when this store
            opened it (:meth:`from_url`).
        prefix: the start of every key; give receivers of different accounts their own.
        remember_for: how long an event handed on is remembered, in seconds (a day).
        claim_for: how long a replica's claim on an event lasts if it is neither remembered
            nor released (the replica died): a push after that runs the callback again.

    Raises:
        ConfigurationError: a duration is not a positive number of seconds.

    """

    def __init__(
        self,
        client: aioredis.Redis,
        *,
        prefix: str = "clicksend",
        remember_for: float = 86_400.0,
        claim_for: float = 60.0,
    ) -> None:
        self.remember_for = _seconds("remember_for", remember_for)
        self.claim_for = _seconds("claim_for", claim_for)
        self.prefix = f"{prefix}:webhooks"
        self._client = client
        self._owns_client = False
        # One token a store: a replica ends only claims it took itself.
        self._token = secrets.token_hex(8)
        self._claim: AsyncScript = client.register_script(_CLAIM)
        self._end: AsyncScript = client.register_script(_END)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        prefix: str = "clicksend",
        remember_for: float = 86_400.0,
        claim_for: float = 60.0,
    ) -> RedisSeenStore:
        """Return a store on the Redis at ``url``; it owns its connections (see :meth:`aclose`)."""
        store = cls(
            client_from_url(url), prefix=prefix, remember_for=remember_for, claim_for=claim_for
        )
        store._owns_client = True
        return store

    def __repr__(self) -> str:
        return f"RedisSeenStore(prefix={self.prefix!r}, at={where(self._client)})"

    async def aclose(self) -> None:
        """Close the Redis connections if this store opened them (:meth:`from_url`)."""
        if self._owns_client:
            await self._client.aclose()

    def _keys(self, digest: bytes) -> list[str]:
        name = digest.hex()
        return [f"{self.prefix}:seen:{name}", f"{self.prefix}:claim:{name}"]

    async def _call(self, doing: str, call: Any) -> Any:  # noqa: ANN401 - any Redis answer
        try:
            return await call
        except RedisError as exc:
            raise SeenStoreUnavailableError(
                f"the webhook seen-store's Redis at {where(self._client)} failed while {doing}: "
                f"{type(exc).__name__}: {exc}"
            ) from exc

    async def seen(self, digest: bytes) -> bool:
        """Return whether any replica handed the event on within ``remember_for``.

        Raises:
            SeenStoreUnavailableError: Redis did not answer.

        """
        seen_key = self._keys(digest)[0]
        return bool(await self._call("looking an event up", self._client.exists(seen_key)))

    async def claim(self, digest: bytes) -> bool:
        """Claim the event for this replica; False when it was seen or another replica holds it.

        Raises:
            SeenStoreUnavailableError: Redis did not answer.

        """
        args: list[str | int] = [self._token, round(self.claim_for * 1000)]
        answer = self._claim(keys=self._keys(digest), args=args)
        return bool(await self._call("claiming an event", answer))

    async def remember(self, digest: bytes) -> None:
        """Remember the event for ``remember_for`` seconds and end this replica's claim.

        Raises:
            SeenStoreUnavailableError: Redis did not answer.

        """
        args: list[str | int] = [self._token, round(self.remember_for * 1000)]
        await self._call("remembering an event", self._end(keys=self._keys(digest), args=args))

    async def release(self, digest: bytes) -> None:
        """End this replica's claim on the event without remembering it.

        Raises:
            SeenStoreUnavailableError: Redis did not answer.

        """
        answer = self._end(keys=self._keys(digest), args=[self._token, ""])
        await self._call("releasing a claim", answer)

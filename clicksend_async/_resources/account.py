"""``cs.account``: the account's details."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clicksend_v3.api.management import view_account_details

from clicksend_async._call import call
from clicksend_async._resources._base import Resource

if TYPE_CHECKING:
    from clicksend_v3.models import ViewAccountDetailsResponse


class Account(Resource):
    """The account."""

    async def get(self) -> ViewAccountDetailsResponse:
        """Return the account's details (balance, currency, settings).

        Raises:
            APIStatusError: the service refused (AuthenticationError for bad credentials).

        """
        return await call(self._seam, view_account_details)

"""Operation handlers by domain, and the table that picks one for each operation.

``sends`` sends and prices SMS, MMS, voice, fax and post (``pricing`` adds the price
summary's countries); ``emails`` email; ``messages`` lists and cancels what was sent;
``exports`` answers every export with a link to its CSV; ``replies`` holds receipts and inbound
SMS; ``account`` the account and uploads; ``contacts`` lists and contacts; ``store`` the
generic store that serves every other collection. Each domain module gives ``handlers()`` (operation
id -> handler) and, where its collections need more than the generic store does, ``RULES``
(collection path template -> ``Rules``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from clicksend_async.sandbox._handlers import (
    account,
    contacts,
    emails,
    exports,
    messages,
    replies,
    sends,
)
from clicksend_async.sandbox._handlers.store import GenericStore, Rules, build_collections, static

if TYPE_CHECKING:
    from clicksend_async.sandbox._responses import Handler
    from clicksend_async.sandbox._routes import Operation

__all__ = ["dispatch_table"]


def _own_handlers() -> dict[str, Handler]:
    """Return the handlers of the operations with behaviour of their own, by operation id."""
    table: dict[str, Handler] = {}
    for domain in (sends, emails, messages, exports, replies, account, contacts):
        table.update(domain.handlers())
    return table


def _collection_rules() -> dict[str, Rules]:
    return {**messages.RULES, **account.RULES, **contacts.RULES}


def dispatch_table(operations: dict[str, Operation]) -> dict[str, Handler]:
    """Return the handler of every operation: its own, else the generic store's, else ``static``."""
    own = _own_handlers()
    store = GenericStore(build_collections(operations), _collection_rules())
    return {
        operation_id: own.get(operation_id) or store.handler_for(operation) or static
        for operation_id, operation in operations.items()
    }

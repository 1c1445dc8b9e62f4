"""Sending many messages: read lazily, batched, sent concurrently, one outcome per message.

- ``_batches``: reading any iterable lazily, checking each message, cutting batches of <= 1000.
- ``_send``: one request of messages from the channel's generated send module, THROTTLED resends.
- ``_run``: the workers of a bulk run and the stream of outcomes they hand over.
- ``_outcomes``: Accepted / Rejected / Unknown, progress counts, BulkReport.
- ``_reconcile``: the one lookup of sent messages in SMS history.
- ``_rounds``: after the first pass, settling unknowns from history and resending what is
  proven unsent.

Nothing is imported here, so importing the outcome types loads none of the sending machinery.
"""

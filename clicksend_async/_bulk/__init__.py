"""Sending many messages: read lazily, batched, sent concurrently, one outcome per message.

- ``_batches``: reading any iterable lazily, checking each message, cutting batches of <= 1000.
- ``_send``: one request of messages from the channel's generated send module, THROTTLED resends.
- ``_run``: a bulk run from its arguments to the stream of outcomes, in input order or as they come.
- ``_workers``: the workers that send batches ``concurrency`` at a time, asking the journal first.
- ``_outcomes``: Accepted / Rejected / Unknown, progress counts, BulkReport.
- ``_compact``: a batch's outcomes as columns, Accepted built when read; gathering the report.
- ``_reconcile``: the one lookup of sent messages in SMS history.
- ``_rounds``: after the first pass, settling unknowns from history and resending what is
  proven unsent.
- ``_ledger``: a run's journal in use: identities, claims before sending, outcomes after,
  and recovering what a dead process left in flight.

Nothing is imported here, so importing the outcome types loads none of the sending machinery.
"""

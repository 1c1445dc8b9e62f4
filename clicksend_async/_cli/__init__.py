"""The command line's commands; ``clicksend_async.cli`` builds the parser and dispatches here.

Which module owns what:

- ``local``: the parsers (``_add_``/``_run_`` pairs) of the commands that serve on this machine,
  ``demo``, ``sandbox`` and ``listen``, kept apart from ``clicksend_async.cli`` for size.
- ``common``: exit statuses (``ExitStatus``), the parser's error class, credentials, the client
  or an embedded sandbox, running a command and reporting the error that ended it in one line
  (one JSON object with ``--json``), JSON and table output.
- ``_checks``: reading what users type (times, ports, hosts, countries, encodings, accounts)
  and saying in one line what is wrong with it.
- ``commands``: ``send``, the listings (``history``, ``receipts``, ``inbound``) and ``demo``.
- ``bulk``: the ``bulk`` command, wiring its parts together, and the history lookup of a resume:

  - ``_input``: the input CSV, checked and read a row at a time, each row as a message;
  - ``_results``: the results CSV, written as outcomes arrive and read back to resume;
  - ``_run``: the run loop (shared with ``demo``), its counts, Ctrl-C and the summary.

- ``progress``: the live bar or the plain progress lines of a run.
- ``sandbox``: the ``sandbox`` command, serving the emulator until interrupted.
- ``listen``: the ``listen`` command, a webhook receiver that prints what it gets.

Command modules import ``common``, ``_checks``, ``progress`` and the parts of ``bulk``; none
imports another command module or ``clicksend_async.cli``, so the package has no import cycle.
"""

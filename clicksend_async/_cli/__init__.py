"""The command line's commands; ``clicksend_async.cli`` builds the parser and dispatches here."""

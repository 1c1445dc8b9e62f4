"""Async-first client for the ClickSend REST API v3."""

from clicksend_async._version import __version__

__all__ = ["__version__"]

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Typed endpoint functions and models for the ClickSend REST API v3.

Generated from openapi/clicksend.yaml; do not edit. Endpoint modules live in
``clicksend_v3.api.<tag>.<operation_id>`` and models in ``clicksend_v3.models``; both are
imported only when used.
"""

from .client import Client, RawResponse, Request, Send

__all__ = ("Client", "RawResponse", "Request", "Send")

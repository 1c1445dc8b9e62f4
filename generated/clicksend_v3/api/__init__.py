# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Endpoint functions, one module per operation, grouped by tag."""

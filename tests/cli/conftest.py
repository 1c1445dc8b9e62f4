import pytest


@pytest.fixture
def no_credentials(monkeypatch):
    """The environment holds no ClickSend credentials."""
    monkeypatch.delenv("CLICKSEND_USERNAME", raising=False)
    monkeypatch.delenv("CLICKSEND_API_KEY", raising=False)

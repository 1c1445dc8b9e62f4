"""Helpers shared by the tests, importable from any test module (``tests`` is on pytest's path).

``recorder``: a loopback server that records requests; ``scripted``: a scripted ClickSend
stand-in for the facade's tests; ``auth``: Basic auth headers; ``network``: the guard that lets
tests resolve only loopback names. Answers are built with the
sandbox's own envelope and error helpers, so every stand-in speaks the same ClickSend.
"""

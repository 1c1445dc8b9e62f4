# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendVoiceMessageRequestMessagesInner")


@_attrs_define
class SendVoiceMessageRequestMessagesInner:
    """
    Attributes:
        source (str | Unset):
        body (str | Unset):
        to (str | Unset):
        voice (str | Unset):
        lang (str | Unset):
        machine_detection (int | Unset):
    """

    source: str | Unset = UNSET
    body: str | Unset = UNSET
    to: str | Unset = UNSET
    voice: str | Unset = UNSET
    lang: str | Unset = UNSET
    machine_detection: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        body = self.body

        to = self.to

        voice = self.voice

        lang = self.lang

        machine_detection = self.machine_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if body is not UNSET:
            field_dict["body"] = body
        if to is not UNSET:
            field_dict["to"] = to
        if voice is not UNSET:
            field_dict["voice"] = voice
        if lang is not UNSET:
            field_dict["lang"] = lang
        if machine_detection is not UNSET:
            field_dict["machine_detection"] = machine_detection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source", UNSET)

        body = d.pop("body", UNSET)

        to = d.pop("to", UNSET)

        voice = d.pop("voice", UNSET)

        lang = d.pop("lang", UNSET)

        machine_detection = d.pop("machine_detection", UNSET)

        send_voice_message_request_messages_inner = cls(
            source,
            body,
            to,
            voice,
            lang,
            machine_detection,
        )

        send_voice_message_request_messages_inner.additional_properties = d
        return send_voice_message_request_messages_inner

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

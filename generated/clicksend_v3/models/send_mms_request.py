# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMmsRequest")


@_attrs_define
class SendMmsRequest:
    """
    Attributes:
        media_file (str | Unset):
        messages (list[SendMmsRequestMessagesInner] | Unset):
    """

    media_file: str | Unset = UNSET
    messages: list[SendMmsRequestMessagesInner] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_file = self.media_file

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_file is not UNSET:
            field_dict["media_file"] = media_file
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media_file = d.pop("media_file", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[SendMmsRequestMessagesInner] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = SendMmsRequestMessagesInner.from_dict(messages_item_data)

                messages.append(messages_item)

        send_mms_request = cls(
            media_file,
            messages,
        )

        send_mms_request.additional_properties = d
        return send_mms_request

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


# Imported here, after the class: a model that refers back to this one then finds it defined.
from ..models.send_mms_request_messages_inner import SendMmsRequestMessagesInner  # noqa: E402

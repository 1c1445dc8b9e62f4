# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.senders_inner_sender_type import (
    SendersInnerSenderType,
    check_senders_inner_sender_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendersInner")


@_attrs_define
class SendersInner:
    """
    Attributes:
        recipient_country_code (str):
        sender_id (str | Unset):
        sender_type (SendersInnerSenderType | Unset):
        sender_country_code (str | Unset):
    """

    recipient_country_code: str
    sender_id: str | Unset = UNSET
    sender_type: SendersInnerSenderType | Unset = UNSET
    sender_country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient_country_code = self.recipient_country_code

        sender_id = self.sender_id

        sender_type: str | Unset = UNSET
        if not isinstance(self.sender_type, Unset):
            sender_type = self.sender_type

        sender_country_code = self.sender_country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient_country_code": recipient_country_code,
            }
        )
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if sender_type is not UNSET:
            field_dict["sender_type"] = sender_type
        if sender_country_code is not UNSET:
            field_dict["sender_country_code"] = sender_country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient_country_code = d.pop("recipient_country_code")

        sender_id = d.pop("sender_id", UNSET)

        _sender_type = d.pop("sender_type", UNSET)
        sender_type: SendersInnerSenderType | Unset
        if isinstance(_sender_type, Unset):
            sender_type = UNSET
        else:
            sender_type = check_senders_inner_sender_type(_sender_type)

        sender_country_code = d.pop("sender_country_code", UNSET)

        senders_inner = cls(
            recipient_country_code,
            sender_id,
            sender_type,
            sender_country_code,
        )

        senders_inner.additional_properties = d
        return senders_inner

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

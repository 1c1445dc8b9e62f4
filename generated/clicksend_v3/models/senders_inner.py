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
        # Each field's value at its place among the class's arguments; what the class does not
        # name is kept aside. One pass over the keys the answer has, not one lookup per field.
        values: list[Any] = list(_NO_VALUES)
        d: dict[str, Any] = {}
        if src_dict.__class__ is not dict:
            src_dict = dict(src_dict)
        at = _FIELD_AT.get
        for key, value in src_dict.items():
            i = at(key)
            if i is None:
                d[key] = value
            else:
                values[i] = value
        if values[0] is _MISSING:
            raise KeyError("recipient_country_code")
        _sender_type = values[2]
        sender_type: SendersInnerSenderType | Unset
        if isinstance(_sender_type, Unset):
            sender_type = UNSET
        else:
            sender_type = check_senders_inner_sender_type(_sender_type)

        values[2] = sender_type
        senders_inner = cls(*values)

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


# Stands for a required field the answer does not have.
_MISSING: Any = object()
# Where each JSON key's value goes among the class's arguments, and what a field left out gets.
_FIELD_AT: dict[str, int] = {
    "recipient_country_code": 0,
    "sender_id": 1,
    "sender_type": 2,
    "sender_country_code": 3,
}
_NO_VALUES: tuple[Any, ...] = (
    _MISSING,
    UNSET,
    UNSET,
    UNSET,
)

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_default_sender_request_default_sender_strategies_inner_sender_type import (
    CreateDefaultSenderRequestDefaultSenderStrategiesInnerSenderType,
    check_create_default_sender_request_default_sender_strategies_inner_sender_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDefaultSenderRequestDefaultSenderStrategiesInner")


@_attrs_define
class CreateDefaultSenderRequestDefaultSenderStrategiesInner:
    """
    Attributes:
        sender_type (CreateDefaultSenderRequestDefaultSenderStrategiesInnerSenderType):
        sender_id (str):
        sender_country_code (str | Unset):
        note (str | Unset):
    """

    sender_type: CreateDefaultSenderRequestDefaultSenderStrategiesInnerSenderType
    sender_id: str
    sender_country_code: str | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_type: str = self.sender_type

        sender_id = self.sender_id

        sender_country_code = self.sender_country_code

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sender_type": sender_type,
                "sender_id": sender_id,
            }
        )
        if sender_country_code is not UNSET:
            field_dict["sender_country_code"] = sender_country_code
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sender_type = (
            check_create_default_sender_request_default_sender_strategies_inner_sender_type(
                d.pop("sender_type")
            )
        )

        sender_id = d.pop("sender_id")

        sender_country_code = d.pop("sender_country_code", UNSET)

        note = d.pop("note", UNSET)

        create_default_sender_request_default_sender_strategies_inner = cls(
            sender_type,
            sender_id,
            sender_country_code,
            note,
        )

        create_default_sender_request_default_sender_strategies_inner.additional_properties = d
        return create_default_sender_request_default_sender_strategies_inner

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

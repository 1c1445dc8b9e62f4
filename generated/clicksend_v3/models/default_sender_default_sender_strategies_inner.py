# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DefaultSenderDefaultSenderStrategiesInner")


@_attrs_define
class DefaultSenderDefaultSenderStrategiesInner:
    """
    Attributes:
        sender_type (None | str | Unset):
        sender_id (None | str | Unset):
        sender_country_code (None | str | Unset):
        priority (int | None | Unset):
        status (None | str | Unset):
        note (None | str | Unset):
    """

    sender_type: None | str | Unset = UNSET
    sender_id: None | str | Unset = UNSET
    sender_country_code: None | str | Unset = UNSET
    priority: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_type: None | str | Unset
        if isinstance(self.sender_type, Unset):
            sender_type = UNSET
        else:
            sender_type = self.sender_type

        sender_id: None | str | Unset
        if isinstance(self.sender_id, Unset):
            sender_id = UNSET
        else:
            sender_id = self.sender_id

        sender_country_code: None | str | Unset
        if isinstance(self.sender_country_code, Unset):
            sender_country_code = UNSET
        else:
            sender_country_code = self.sender_country_code

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender_type is not UNSET:
            field_dict["sender_type"] = sender_type
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if sender_country_code is not UNSET:
            field_dict["sender_country_code"] = sender_country_code
        if priority is not UNSET:
            field_dict["priority"] = priority
        if status is not UNSET:
            field_dict["status"] = status
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sender_type: None | str | Unset = d.pop("sender_type", UNSET)

        sender_id: None | str | Unset = d.pop("sender_id", UNSET)

        sender_country_code: None | str | Unset = d.pop("sender_country_code", UNSET)

        priority: int | None | Unset = d.pop("priority", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        note: None | str | Unset = d.pop("note", UNSET)

        default_sender_default_sender_strategies_inner = cls(
            sender_type,
            sender_id,
            sender_country_code,
            priority,
            status,
            note,
        )

        default_sender_default_sender_strategies_inner.additional_properties = d
        return default_sender_default_sender_strategies_inner

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

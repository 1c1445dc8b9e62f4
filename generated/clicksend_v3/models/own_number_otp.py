# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnNumberOtp")


@_attrs_define
class OwnNumberOtp:
    """
    Attributes:
        id (None | str | Unset):
        own_number_id (None | str | Unset):
        status (None | str | Unset):
        expires_timestamp (None | str | Unset):
        remaining_attempts (float | None | Unset):
        created_timestamp (None | str | Unset):
        updated_timestamp (None | str | Unset):
    """

    id: None | str | Unset = UNSET
    own_number_id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    expires_timestamp: None | str | Unset = UNSET
    remaining_attempts: float | None | Unset = UNSET
    created_timestamp: None | str | Unset = UNSET
    updated_timestamp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        own_number_id: None | str | Unset
        if isinstance(self.own_number_id, Unset):
            own_number_id = UNSET
        else:
            own_number_id = self.own_number_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        expires_timestamp: None | str | Unset
        if isinstance(self.expires_timestamp, Unset):
            expires_timestamp = UNSET
        else:
            expires_timestamp = self.expires_timestamp

        remaining_attempts: float | None | Unset
        if isinstance(self.remaining_attempts, Unset):
            remaining_attempts = UNSET
        else:
            remaining_attempts = self.remaining_attempts

        created_timestamp: None | str | Unset
        if isinstance(self.created_timestamp, Unset):
            created_timestamp = UNSET
        else:
            created_timestamp = self.created_timestamp

        updated_timestamp: None | str | Unset
        if isinstance(self.updated_timestamp, Unset):
            updated_timestamp = UNSET
        else:
            updated_timestamp = self.updated_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if own_number_id is not UNSET:
            field_dict["own_number_id"] = own_number_id
        if status is not UNSET:
            field_dict["status"] = status
        if expires_timestamp is not UNSET:
            field_dict["expires_timestamp"] = expires_timestamp
        if remaining_attempts is not UNSET:
            field_dict["remaining_attempts"] = remaining_attempts
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp

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
        own_number_otp = cls(*values)

        own_number_otp.additional_properties = d
        return own_number_otp

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


# Where each JSON key's value goes among the class's arguments, and what a field left out gets.
_FIELD_AT: dict[str, int] = {
    "id": 0,
    "own_number_id": 1,
    "status": 2,
    "expires_timestamp": 3,
    "remaining_attempts": 4,
    "created_timestamp": 5,
    "updated_timestamp": 6,
}
_NO_VALUES: tuple[Any, ...] = (
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
)

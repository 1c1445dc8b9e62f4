# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnNumber")


@_attrs_define
class OwnNumber:
    """
    Attributes:
        id (None | str | Unset):
        account_id (None | str | Unset):
        workspace_id (None | str | Unset):
        user_id (int | None | str | Unset):
        phone_number (None | str | Unset):
        country (None | str | Unset):
        label (None | str | Unset):
        status (None | str | Unset):
        verified_timestamp (None | str | Unset):
        notified_timestamp (None | str | Unset):
        is_nearing_expiration (bool | None | Unset):
        created_timestamp (None | str | Unset):
        updated_timestamp (None | str | Unset):
    """

    id: None | str | Unset = UNSET
    account_id: None | str | Unset = UNSET
    workspace_id: None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    verified_timestamp: None | str | Unset = UNSET
    notified_timestamp: None | str | Unset = UNSET
    is_nearing_expiration: bool | None | Unset = UNSET
    created_timestamp: None | str | Unset = UNSET
    updated_timestamp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        user_id: int | None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        verified_timestamp: None | str | Unset
        if isinstance(self.verified_timestamp, Unset):
            verified_timestamp = UNSET
        else:
            verified_timestamp = self.verified_timestamp

        notified_timestamp: None | str | Unset
        if isinstance(self.notified_timestamp, Unset):
            notified_timestamp = UNSET
        else:
            notified_timestamp = self.notified_timestamp

        is_nearing_expiration: bool | None | Unset
        if isinstance(self.is_nearing_expiration, Unset):
            is_nearing_expiration = UNSET
        else:
            is_nearing_expiration = self.is_nearing_expiration

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
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if country is not UNSET:
            field_dict["country"] = country
        if label is not UNSET:
            field_dict["label"] = label
        if status is not UNSET:
            field_dict["status"] = status
        if verified_timestamp is not UNSET:
            field_dict["verified_timestamp"] = verified_timestamp
        if notified_timestamp is not UNSET:
            field_dict["notified_timestamp"] = notified_timestamp
        if is_nearing_expiration is not UNSET:
            field_dict["is_nearing_expiration"] = is_nearing_expiration
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each field's value at its place among the class's arguments; what the class does not
        # name is kept aside. One pass over the keys the answer has, not one lookup per field;
        # none when it has exactly the class's fields.
        d: dict[str, Any] = {}
        values: list[Any] | None = None
        if src_dict.__class__ is dict and len(src_dict) == _FIELD_COUNT:
            try:
                values = list(_ALL_FIELDS(src_dict))
            except KeyError:  # another key in place of one of the fields
                pass
        if values is None:
            values = list(_NO_VALUES)
            if src_dict.__class__ is not dict:
                src_dict = dict(src_dict)
            at = _FIELD_AT.get
            for key, value in src_dict.items():
                i = at(key)
                if i is None:
                    d[key] = value
                else:
                    values[i] = value
        own_number = cls(*values)

        own_number.additional_properties = d
        return own_number

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
    "account_id": 1,
    "workspace_id": 2,
    "user_id": 3,
    "phone_number": 4,
    "country": 5,
    "label": 6,
    "status": 7,
    "verified_timestamp": 8,
    "notified_timestamp": 9,
    "is_nearing_expiration": 10,
    "created_timestamp": 11,
    "updated_timestamp": 12,
}
_NO_VALUES: tuple[Any, ...] = (
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
)
# How many keys an answer holding every field and no other has, and its values in the class's
# order.
_FIELD_COUNT = len(_FIELD_AT)
_ALL_FIELDS = itemgetter(*_FIELD_AT)

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlphaTag")


@_attrs_define
class AlphaTag:
    """
    Attributes:
        id (None | str | Unset):
        account_id (None | str | Unset):
        workspace_id (None | str | Unset):
        user_id (int | None | str | Unset):
        alpha_tag (None | str | Unset):
        status (None | str | Unset):
        reason (None | str | Unset):
        countries (list[str] | None | Unset):
        created_timestamp (None | str | Unset):
        updated_timestamp (None | str | Unset):
    """

    id: None | str | Unset = UNSET
    account_id: None | str | Unset = UNSET
    workspace_id: None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    alpha_tag: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    countries: list[str] | None | Unset = UNSET
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

        alpha_tag: None | str | Unset
        if isinstance(self.alpha_tag, Unset):
            alpha_tag = UNSET
        else:
            alpha_tag = self.alpha_tag

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        countries: list[str] | None | Unset
        if isinstance(self.countries, Unset):
            countries = UNSET
        elif isinstance(self.countries, list):
            countries = self.countries

        else:
            countries = self.countries

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
        if alpha_tag is not UNSET:
            field_dict["alpha_tag"] = alpha_tag
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if countries is not UNSET:
            field_dict["countries"] = countries
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
        _countries = values[7]
        countries: list[str] | None | Unset
        if isinstance(_countries, list):
            try:
                countries_type_0 = cast(list[str], _countries)

                countries = countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                countries = cast(list[str] | None | Unset, _countries)
        else:
            countries = _countries

        values[7] = countries
        alpha_tag_model = cls(*values)

        alpha_tag_model.additional_properties = d
        return alpha_tag_model

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
    "alpha_tag": 4,
    "status": 5,
    "reason": 6,
    "countries": 7,
    "created_timestamp": 8,
    "updated_timestamp": 9,
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
)

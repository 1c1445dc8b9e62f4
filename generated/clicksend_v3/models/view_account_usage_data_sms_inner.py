# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewAccountUsageDataSmsInner")


@_attrs_define
class ViewAccountUsageDataSmsInner:
    """
    Attributes:
        subaccount_id (int | None | Unset):
        username (None | str | Unset):
        total_count (None | str | Unset):
        total_price (float | None | Unset):
        notes (None | str | Unset):
    """

    subaccount_id: int | None | Unset = UNSET
    username: None | str | Unset = UNSET
    total_count: None | str | Unset = UNSET
    total_price: float | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_id: int | None | Unset
        if isinstance(self.subaccount_id, Unset):
            subaccount_id = UNSET
        else:
            subaccount_id = self.subaccount_id

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        total_count: None | str | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        total_price: float | None | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        else:
            total_price = self.total_price

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if username is not UNSET:
            field_dict["username"] = username
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subaccount_id: int | None | Unset = d.pop("subaccount_id", UNSET)

        username: None | str | Unset = d.pop("username", UNSET)

        total_count: None | str | Unset = d.pop("total_count", UNSET)

        total_price: float | None | Unset = d.pop("total_price", UNSET)

        notes: None | str | Unset = d.pop("notes", UNSET)

        view_account_usage_data_sms_inner = cls(
            subaccount_id,
            username,
            total_count,
            total_price,
            notes,
        )

        view_account_usage_data_sms_inner.additional_properties = d
        return view_account_usage_data_sms_inner

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

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseRechargePackageData")


@_attrs_define
class PurchaseRechargePackageData:
    """
    Attributes:
        user_id (int | None | str | Unset):
        amount (int | None | Unset):
        currency (None | str | Unset):
        amount_aud (int | None | Unset):
        date (int | None | str | Unset):
    """

    user_id: int | None | str | Unset = UNSET
    amount: int | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    amount_aud: int | None | Unset = UNSET
    date: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: int | None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        amount_aud: int | None | Unset
        if isinstance(self.amount_aud, Unset):
            amount_aud = UNSET
        else:
            amount_aud = self.amount_aud

        date: int | None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount_aud is not UNSET:
            field_dict["amount_aud"] = amount_aud
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id: int | None | str | Unset = d.pop("user_id", UNSET)

        amount: int | None | Unset = d.pop("amount", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        amount_aud: int | None | Unset = d.pop("amount_aud", UNSET)

        date: int | None | str | Unset = d.pop("date", UNSET)

        purchase_recharge_package_data = cls(
            user_id,
            amount,
            currency,
            amount_aud,
            date,
        )

        purchase_recharge_package_data.additional_properties = d
        return purchase_recharge_package_data

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

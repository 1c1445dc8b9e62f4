# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePaymentInfoRequest")


@_attrs_define
class UpdatePaymentInfoRequest:
    """
    Attributes:
        number (str | Unset):
        expiry_month (int | Unset):
        expiry_year (int | Unset):
        cvc (int | Unset):
        name (str | Unset):
        bank_name (str | Unset):
    """

    number: str | Unset = UNSET
    expiry_month: int | Unset = UNSET
    expiry_year: int | Unset = UNSET
    cvc: int | Unset = UNSET
    name: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        cvc = self.cvc

        name = self.name

        bank_name = self.bank_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if expiry_month is not UNSET:
            field_dict["expiry_month"] = expiry_month
        if expiry_year is not UNSET:
            field_dict["expiry_year"] = expiry_year
        if cvc is not UNSET:
            field_dict["cvc"] = cvc
        if name is not UNSET:
            field_dict["name"] = name
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        expiry_month = d.pop("expiry_month", UNSET)

        expiry_year = d.pop("expiry_year", UNSET)

        cvc = d.pop("cvc", UNSET)

        name = d.pop("name", UNSET)

        bank_name = d.pop("bank_name", UNSET)

        update_payment_info_request = cls(
            number,
            expiry_month,
            expiry_year,
            cvc,
            name,
            bank_name,
        )

        update_payment_info_request.additional_properties = d
        return update_payment_info_request

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

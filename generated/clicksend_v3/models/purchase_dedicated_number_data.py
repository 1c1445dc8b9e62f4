# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseDedicatedNumberData")


@_attrs_define
class PurchaseDedicatedNumberData:
    """
    Attributes:
        dedicated_number (int | None | str | Unset):
        country (None | str | Unset):
        price_total (None | str | Unset):
        field_price_setup (None | str | Unset):
        field_price_monthly (None | str | Unset):
        field_currency (Currency | None | Unset):
    """

    dedicated_number: int | None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    price_total: None | str | Unset = UNSET
    field_price_setup: None | str | Unset = UNSET
    field_price_monthly: None | str | Unset = UNSET
    field_currency: Currency | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dedicated_number: int | None | str | Unset
        if isinstance(self.dedicated_number, Unset):
            dedicated_number = UNSET
        else:
            dedicated_number = self.dedicated_number

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        price_total: None | str | Unset
        if isinstance(self.price_total, Unset):
            price_total = UNSET
        else:
            price_total = self.price_total

        field_price_setup: None | str | Unset
        if isinstance(self.field_price_setup, Unset):
            field_price_setup = UNSET
        else:
            field_price_setup = self.field_price_setup

        field_price_monthly: None | str | Unset
        if isinstance(self.field_price_monthly, Unset):
            field_price_monthly = UNSET
        else:
            field_price_monthly = self.field_price_monthly

        field_currency: dict[str, Any] | None | Unset
        if isinstance(self.field_currency, Unset):
            field_currency = UNSET
        elif isinstance(self.field_currency, Currency):
            field_currency = self.field_currency.to_dict()
        else:
            field_currency = self.field_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dedicated_number is not UNSET:
            field_dict["dedicated_number"] = dedicated_number
        if country is not UNSET:
            field_dict["country"] = country
        if price_total is not UNSET:
            field_dict["price_total"] = price_total
        if field_price_setup is not UNSET:
            field_dict["_price_setup"] = field_price_setup
        if field_price_monthly is not UNSET:
            field_dict["_price_monthly"] = field_price_monthly
        if field_currency is not UNSET:
            field_dict["_currency"] = field_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dedicated_number: int | None | str | Unset = d.pop("dedicated_number", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        price_total: None | str | Unset = d.pop("price_total", UNSET)

        field_price_setup: None | str | Unset = d.pop("_price_setup", UNSET)

        field_price_monthly: None | str | Unset = d.pop("_price_monthly", UNSET)

        _field_currency = d.pop("_currency", UNSET)
        field_currency: Currency | None | Unset
        if isinstance(_field_currency, dict):
            try:
                field_currency_type_0 = Currency.from_dict(_field_currency)

                field_currency = field_currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                field_currency = cast(Currency | None | Unset, _field_currency)
        else:
            field_currency = _field_currency

        purchase_dedicated_number_data = cls(
            dedicated_number,
            country,
            price_total,
            field_price_setup,
            field_price_monthly,
            field_currency,
        )

        purchase_dedicated_number_data.additional_properties = d
        return purchase_dedicated_number_data

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


# Imported here, after the class: a model that refers back to this one then finds it defined.
from ..models.currency import Currency  # noqa: E402

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalculateSmsCampaignPriceData")


@_attrs_define
class CalculateSmsCampaignPriceData:
    """
    Attributes:
        total_count (int | None | Unset):
        total_price (None | str | Unset):
        data (CalculateSmsCampaignPriceDataData | None | Unset):
        field_currency (Currency | None | Unset):
    """

    total_count: int | None | Unset = UNSET
    total_price: None | str | Unset = UNSET
    data: CalculateSmsCampaignPriceDataData | None | Unset = UNSET
    field_currency: Currency | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        total_price: None | str | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        else:
            total_price = self.total_price

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, CalculateSmsCampaignPriceDataData):
            data = self.data.to_dict()
        else:
            data = self.data

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
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if data is not UNSET:
            field_dict["data"] = data
        if field_currency is not UNSET:
            field_dict["_currency"] = field_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_count: int | None | Unset = d.pop("total_count", UNSET)

        total_price: None | str | Unset = d.pop("total_price", UNSET)

        _data = d.pop("data", UNSET)
        data: CalculateSmsCampaignPriceDataData | None | Unset
        if isinstance(_data, dict):
            try:
                data_type_0 = CalculateSmsCampaignPriceDataData.from_dict(_data)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                data = cast(CalculateSmsCampaignPriceDataData | None | Unset, _data)
        else:
            data = _data

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

        calculate_sms_campaign_price_data = cls(
            total_count,
            total_price,
            data,
            field_currency,
        )

        calculate_sms_campaign_price_data.additional_properties = d
        return calculate_sms_campaign_price_data

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
from ..models.calculate_sms_campaign_price_data_data import (
    CalculateSmsCampaignPriceDataData,  # noqa: E402
)
from ..models.currency import Currency  # noqa: E402

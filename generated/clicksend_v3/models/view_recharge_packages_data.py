# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewRechargePackagesData")


@_attrs_define
class ViewRechargePackagesData:
    """
    Attributes:
        packages (list[ViewRechargePackagesDataPackagesInner] | None | Unset):
        currency (Currency | None | Unset):
    """

    packages: list[ViewRechargePackagesDataPackagesInner] | None | Unset = UNSET
    currency: Currency | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        packages: list[dict[str, Any]] | None | Unset
        if isinstance(self.packages, Unset):
            packages = UNSET
        elif isinstance(self.packages, list):
            packages = []
            for packages_type_0_item_data in self.packages:
                packages_type_0_item = packages_type_0_item_data.to_dict()
                packages.append(packages_type_0_item)

        else:
            packages = self.packages

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, Currency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if packages is not UNSET:
            field_dict["packages"] = packages
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _packages = d.pop("packages", UNSET)
        packages: list[ViewRechargePackagesDataPackagesInner] | None | Unset
        if isinstance(_packages, list):
            try:
                packages_type_0 = []
                _packages_type_0 = _packages
                for packages_type_0_item_data in _packages_type_0:
                    packages_type_0_item = ViewRechargePackagesDataPackagesInner.from_dict(
                        packages_type_0_item_data
                    )

                    packages_type_0.append(packages_type_0_item)

                packages = packages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                packages = cast(
                    list[ViewRechargePackagesDataPackagesInner] | None | Unset, _packages
                )
        else:
            packages = _packages

        _currency = d.pop("currency", UNSET)
        currency: Currency | None | Unset
        if isinstance(_currency, dict):
            try:
                currency_type_0 = Currency.from_dict(_currency)

                currency = currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                currency = cast(Currency | None | Unset, _currency)
        else:
            currency = _currency

        view_recharge_packages_data = cls(
            packages,
            currency,
        )

        view_recharge_packages_data.additional_properties = d
        return view_recharge_packages_data

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
from ..models.view_recharge_packages_data_packages_inner import (
    ViewRechargePackagesDataPackagesInner,  # noqa: E402
)

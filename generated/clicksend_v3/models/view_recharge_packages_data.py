# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.view_recharge_packages_data_packages_inner import (
        ViewRechargePackagesDataPackagesInner,
    )


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
        from ..models.currency import Currency  # noqa: PLC0415

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
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.view_recharge_packages_data_packages_inner import (
            ViewRechargePackagesDataPackagesInner,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_packages(
            data: object,
        ) -> list[ViewRechargePackagesDataPackagesInner] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                packages_type_0 = []
                _packages_type_0 = data
                for packages_type_0_item_data in _packages_type_0:
                    packages_type_0_item = ViewRechargePackagesDataPackagesInner.from_dict(
                        packages_type_0_item_data
                    )

                    packages_type_0.append(packages_type_0_item)

                return packages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ViewRechargePackagesDataPackagesInner] | None | Unset, data)

        packages = _parse_packages(d.pop("packages", UNSET))

        def _parse_currency(data: object) -> Currency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_0 = Currency.from_dict(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | None | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        view_recharge_packages_data = cls(
            packages=packages,
            currency=currency,
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

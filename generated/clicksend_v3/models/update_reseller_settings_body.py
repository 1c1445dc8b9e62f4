# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateResellerSettingsBody")


@_attrs_define
class UpdateResellerSettingsBody:
    """
    Attributes:
        allow_public_signups (float):
        colour_navigation (str):
        company_name (str):
        default_margin (float):
        default_margin_numbers (float):
        logo_url_dark (str):
        logo_url_light (str):
        subdomain (str):
        trial_balance (float):
    """

    allow_public_signups: float
    colour_navigation: str
    company_name: str
    default_margin: float
    default_margin_numbers: float
    logo_url_dark: str
    logo_url_light: str
    subdomain: str
    trial_balance: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_public_signups = self.allow_public_signups

        colour_navigation = self.colour_navigation

        company_name = self.company_name

        default_margin = self.default_margin

        default_margin_numbers = self.default_margin_numbers

        logo_url_dark = self.logo_url_dark

        logo_url_light = self.logo_url_light

        subdomain = self.subdomain

        trial_balance = self.trial_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allow_public_signups": allow_public_signups,
                "colour_navigation": colour_navigation,
                "company_name": company_name,
                "default_margin": default_margin,
                "default_margin_numbers": default_margin_numbers,
                "logo_url_dark": logo_url_dark,
                "logo_url_light": logo_url_light,
                "subdomain": subdomain,
                "trial_balance": trial_balance,
            }
        )

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
        if values[0] is _MISSING:
            raise KeyError("allow_public_signups")
        if values[1] is _MISSING:
            raise KeyError("colour_navigation")
        if values[2] is _MISSING:
            raise KeyError("company_name")
        if values[3] is _MISSING:
            raise KeyError("default_margin")
        if values[4] is _MISSING:
            raise KeyError("default_margin_numbers")
        if values[5] is _MISSING:
            raise KeyError("logo_url_dark")
        if values[6] is _MISSING:
            raise KeyError("logo_url_light")
        if values[7] is _MISSING:
            raise KeyError("subdomain")
        if values[8] is _MISSING:
            raise KeyError("trial_balance")
        update_reseller_settings_body = cls(*values)

        update_reseller_settings_body.additional_properties = d
        return update_reseller_settings_body

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


# Stands for a required field the answer does not have.
_MISSING: Any = object()
# Where each JSON key's value goes among the class's arguments, and what a field left out gets.
_FIELD_AT: dict[str, int] = {
    "allow_public_signups": 0,
    "colour_navigation": 1,
    "company_name": 2,
    "default_margin": 3,
    "default_margin_numbers": 4,
    "logo_url_dark": 5,
    "logo_url_light": 6,
    "subdomain": 7,
    "trial_balance": 8,
}
_NO_VALUES: tuple[Any, ...] = (
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
)

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
        d = dict(src_dict)
        allow_public_signups = d.pop("allow_public_signups")

        colour_navigation = d.pop("colour_navigation")

        company_name = d.pop("company_name")

        default_margin = d.pop("default_margin")

        default_margin_numbers = d.pop("default_margin_numbers")

        logo_url_dark = d.pop("logo_url_dark")

        logo_url_light = d.pop("logo_url_light")

        subdomain = d.pop("subdomain")

        trial_balance = d.pop("trial_balance")

        update_reseller_settings_body = cls(
            allow_public_signups,
            colour_navigation,
            company_name,
            default_margin,
            default_margin_numbers,
            logo_url_dark,
            logo_url_light,
            subdomain,
            trial_balance,
        )

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

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewVoiceLanguagesDataInner")


@_attrs_define
class ViewVoiceLanguagesDataInner:
    """
    Attributes:
        code (None | str | Unset):
        country (None | str | Unset):
        gender (list[str] | None | str | Unset):
    """

    code: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    gender: list[str] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        gender: list[str] | None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, list):
            gender = self.gender

        else:
            gender = self.gender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if country is not UNSET:
            field_dict["country"] = country
        if gender is not UNSET:
            field_dict["gender"] = gender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code: None | str | Unset = d.pop("code", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: list[str] | None | str | Unset
        if isinstance(_gender, list):
            try:
                componentsschemasview_voice_languages_data_inner_gender_type_1 = cast(
                    list[str], _gender
                )

                gender = componentsschemasview_voice_languages_data_inner_gender_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                gender = cast(list[str] | None | str | Unset, _gender)
        else:
            gender = _gender

        view_voice_languages_data_inner = cls(
            code,
            country,
            gender,
        )

        view_voice_languages_data_inner.additional_properties = d
        return view_voice_languages_data_inner

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

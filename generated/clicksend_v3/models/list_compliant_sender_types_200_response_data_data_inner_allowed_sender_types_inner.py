# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_compliant_sender_types_200_response_data_data_inner_allowed_sender_types_inner_allowed_sender_countries import (
        ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries,
    )


T = TypeVar("T", bound="ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInner")


@_attrs_define
class ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInner:
    """
    Attributes:
        sender_type (None | str | Unset):
        allowed_sender_countries
            (ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries | None | Unset):
    """

    sender_type: None | str | Unset = UNSET
    allowed_sender_countries: (
        ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_compliant_sender_types_200_response_data_data_inner_allowed_sender_types_inner_allowed_sender_countries import (
            ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries,  # noqa: PLC0415
        )

        sender_type: None | str | Unset
        if isinstance(self.sender_type, Unset):
            sender_type = UNSET
        else:
            sender_type = self.sender_type

        allowed_sender_countries: dict[str, Any] | None | Unset
        if isinstance(self.allowed_sender_countries, Unset):
            allowed_sender_countries = UNSET
        elif isinstance(
            self.allowed_sender_countries,
            ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries,
        ):
            allowed_sender_countries = self.allowed_sender_countries.to_dict()
        else:
            allowed_sender_countries = self.allowed_sender_countries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender_type is not UNSET:
            field_dict["sender_type"] = sender_type
        if allowed_sender_countries is not UNSET:
            field_dict["allowed_sender_countries"] = allowed_sender_countries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_compliant_sender_types_200_response_data_data_inner_allowed_sender_types_inner_allowed_sender_countries import (
            ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries,  # noqa: PLC0415
        )

        d = dict(src_dict)
        sender_type: None | str | Unset = d.pop("sender_type", UNSET)

        def _parse_allowed_sender_countries(
            data: object,
        ) -> (
            ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allowed_sender_countries_type_0 = ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries.from_dict(
                    data
                )

                return allowed_sender_countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries
                | None
                | Unset,
                data,
            )

        allowed_sender_countries = _parse_allowed_sender_countries(
            d.pop("allowed_sender_countries", UNSET)
        )

        list_compliant_sender_types_200_response_data_data_inner_allowed_sender_types_inner = cls(
            sender_type=sender_type,
            allowed_sender_countries=allowed_sender_countries,
        )

        list_compliant_sender_types_200_response_data_data_inner_allowed_sender_types_inner.additional_properties = d
        return list_compliant_sender_types_200_response_data_data_inner_allowed_sender_types_inner

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

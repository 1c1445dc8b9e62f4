# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCountriesResponse")


@_attrs_define
class ListCountriesResponse:
    """
    Attributes:
        http_code (int | None | Unset):
        response_code (None | str | Unset):
        response_msg (None | str | Unset):
        data (list[ListCountriesDataInner] | None | Unset):
    """

    http_code: int | None | Unset = UNSET
    response_code: None | str | Unset = UNSET
    response_msg: None | str | Unset = UNSET
    data: list[ListCountriesDataInner] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        http_code: int | None | Unset
        if isinstance(self.http_code, Unset):
            http_code = UNSET
        else:
            http_code = self.http_code

        response_code: None | str | Unset
        if isinstance(self.response_code, Unset):
            response_code = UNSET
        else:
            response_code = self.response_code

        response_msg: None | str | Unset
        if isinstance(self.response_msg, Unset):
            response_msg = UNSET
        else:
            response_msg = self.response_msg

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if http_code is not UNSET:
            field_dict["http_code"] = http_code
        if response_code is not UNSET:
            field_dict["response_code"] = response_code
        if response_msg is not UNSET:
            field_dict["response_msg"] = response_msg
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        http_code: int | None | Unset = d.pop("http_code", UNSET)

        response_code: None | str | Unset = d.pop("response_code", UNSET)

        response_msg: None | str | Unset = d.pop("response_msg", UNSET)

        _data = d.pop("data", UNSET)
        data: list[ListCountriesDataInner] | None | Unset
        if isinstance(_data, list):
            try:
                data_type_0 = []
                _data_type_0 = _data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = ListCountriesDataInner.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                data = cast(list[ListCountriesDataInner] | None | Unset, _data)
        else:
            data = _data

        list_countries_response = cls(
            http_code,
            response_code,
            response_msg,
            data,
        )

        list_countries_response.additional_properties = d
        return list_countries_response

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
from ..models.list_countries_data_inner import ListCountriesDataInner  # noqa: E402

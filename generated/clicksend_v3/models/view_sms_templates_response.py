# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewSmsTemplatesResponse")


@_attrs_define
class ViewSmsTemplatesResponse:
    """
    Attributes:
        http_code (int | None | Unset):
        response_code (None | str | Unset):
        response_msg (None | str | Unset):
        data (None | Unset | ViewSmsTemplatesData):
    """

    http_code: int | None | Unset = UNSET
    response_code: None | str | Unset = UNSET
    response_msg: None | str | Unset = UNSET
    data: None | Unset | ViewSmsTemplatesData = UNSET
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

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ViewSmsTemplatesData):
            data = self.data.to_dict()
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
        data: None | Unset | ViewSmsTemplatesData
        if isinstance(_data, dict):
            try:
                data_type_0 = ViewSmsTemplatesData.from_dict(_data)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                data = cast(None | Unset | ViewSmsTemplatesData, _data)
        else:
            data = _data

        view_sms_templates_response = cls(
            http_code,
            response_code,
            response_msg,
            data,
        )

        view_sms_templates_response.additional_properties = d
        return view_sms_templates_response

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
from ..models.view_sms_templates_data import ViewSmsTemplatesData  # noqa: E402

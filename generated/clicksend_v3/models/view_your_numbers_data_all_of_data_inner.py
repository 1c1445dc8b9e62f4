# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewYourNumbersDataAllOfDataInner")


@_attrs_define
class ViewYourNumbersDataAllOfDataInner:
    """
    Attributes:
        dedicated_number (int | None | str | Unset):
        country (None | str | Unset):
        price (None | str | Unset):
        field_country_name (None | str | Unset):
        notes (None | str | Unset):
        type_ (None | str | Unset):
        number_type (None | str | Unset):
        number_category (None | str | Unset):
        number_guid (None | str | Unset):
        form_submission_id (None | str | Unset):
        status (None | Unset | ViewYourNumbersDataAllOfDataInnerStatus):
    """

    dedicated_number: int | None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    price: None | str | Unset = UNSET
    field_country_name: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    number_type: None | str | Unset = UNSET
    number_category: None | str | Unset = UNSET
    number_guid: None | str | Unset = UNSET
    form_submission_id: None | str | Unset = UNSET
    status: None | Unset | ViewYourNumbersDataAllOfDataInnerStatus = UNSET
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

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_country_name: None | str | Unset
        if isinstance(self.field_country_name, Unset):
            field_country_name = UNSET
        else:
            field_country_name = self.field_country_name

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        number_type: None | str | Unset
        if isinstance(self.number_type, Unset):
            number_type = UNSET
        else:
            number_type = self.number_type

        number_category: None | str | Unset
        if isinstance(self.number_category, Unset):
            number_category = UNSET
        else:
            number_category = self.number_category

        number_guid: None | str | Unset
        if isinstance(self.number_guid, Unset):
            number_guid = UNSET
        else:
            number_guid = self.number_guid

        form_submission_id: None | str | Unset
        if isinstance(self.form_submission_id, Unset):
            form_submission_id = UNSET
        else:
            form_submission_id = self.form_submission_id

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ViewYourNumbersDataAllOfDataInnerStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dedicated_number is not UNSET:
            field_dict["dedicated_number"] = dedicated_number
        if country is not UNSET:
            field_dict["country"] = country
        if price is not UNSET:
            field_dict["price"] = price
        if field_country_name is not UNSET:
            field_dict["_country_name"] = field_country_name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if type_ is not UNSET:
            field_dict["type"] = type_
        if number_type is not UNSET:
            field_dict["number_type"] = number_type
        if number_category is not UNSET:
            field_dict["number_category"] = number_category
        if number_guid is not UNSET:
            field_dict["number_guid"] = number_guid
        if form_submission_id is not UNSET:
            field_dict["form_submission_id"] = form_submission_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dedicated_number: int | None | str | Unset = d.pop("dedicated_number", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        price: None | str | Unset = d.pop("price", UNSET)

        field_country_name: None | str | Unset = d.pop("_country_name", UNSET)

        notes: None | str | Unset = d.pop("notes", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        number_type: None | str | Unset = d.pop("number_type", UNSET)

        number_category: None | str | Unset = d.pop("number_category", UNSET)

        number_guid: None | str | Unset = d.pop("number_guid", UNSET)

        form_submission_id: None | str | Unset = d.pop("form_submission_id", UNSET)

        _status = d.pop("status", UNSET)
        status: None | Unset | ViewYourNumbersDataAllOfDataInnerStatus
        if isinstance(_status, dict):
            try:
                status_type_0 = ViewYourNumbersDataAllOfDataInnerStatus.from_dict(_status)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                status = cast(None | Unset | ViewYourNumbersDataAllOfDataInnerStatus, _status)
        else:
            status = _status

        view_your_numbers_data_all_of_data_inner = cls(
            dedicated_number,
            country,
            price,
            field_country_name,
            notes,
            type_,
            number_type,
            number_category,
            number_guid,
            form_submission_id,
            status,
        )

        view_your_numbers_data_all_of_data_inner.additional_properties = d
        return view_your_numbers_data_all_of_data_inner

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
from ..models.view_your_numbers_data_all_of_data_inner_status import (
    ViewYourNumbersDataAllOfDataInnerStatus,  # noqa: E402
)

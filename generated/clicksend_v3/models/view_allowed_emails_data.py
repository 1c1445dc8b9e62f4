# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewAllowedEmailsData")


@_attrs_define
class ViewAllowedEmailsData:
    """
    Attributes:
        total (int | None | Unset):
        per_page (int | None | Unset):
        current_page (int | None | Unset):
        last_page (int | None | Unset):
        next_page_url (None | str | Unset):
        prev_page_url (None | str | Unset):
        from_ (int | None | Unset):
        to (int | None | Unset):
        data (list[ViewAllowedEmailsDataAllOfDataInner] | None | Unset):
    """

    total: int | None | Unset = UNSET
    per_page: int | None | Unset = UNSET
    current_page: int | None | Unset = UNSET
    last_page: int | None | Unset = UNSET
    next_page_url: None | str | Unset = UNSET
    prev_page_url: None | str | Unset = UNSET
    from_: int | None | Unset = UNSET
    to: int | None | Unset = UNSET
    data: list[ViewAllowedEmailsDataAllOfDataInner] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        per_page: int | None | Unset
        if isinstance(self.per_page, Unset):
            per_page = UNSET
        else:
            per_page = self.per_page

        current_page: int | None | Unset
        if isinstance(self.current_page, Unset):
            current_page = UNSET
        else:
            current_page = self.current_page

        last_page: int | None | Unset
        if isinstance(self.last_page, Unset):
            last_page = UNSET
        else:
            last_page = self.last_page

        next_page_url: None | str | Unset
        if isinstance(self.next_page_url, Unset):
            next_page_url = UNSET
        else:
            next_page_url = self.next_page_url

        prev_page_url: None | str | Unset
        if isinstance(self.prev_page_url, Unset):
            prev_page_url = UNSET
        else:
            prev_page_url = self.prev_page_url

        from_: int | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        to: int | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

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
        if total is not UNSET:
            field_dict["total"] = total
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if last_page is not UNSET:
            field_dict["last_page"] = last_page
        if next_page_url is not UNSET:
            field_dict["next_page_url"] = next_page_url
        if prev_page_url is not UNSET:
            field_dict["prev_page_url"] = prev_page_url
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total: int | None | Unset = d.pop("total", UNSET)

        per_page: int | None | Unset = d.pop("per_page", UNSET)

        current_page: int | None | Unset = d.pop("current_page", UNSET)

        last_page: int | None | Unset = d.pop("last_page", UNSET)

        next_page_url: None | str | Unset = d.pop("next_page_url", UNSET)

        prev_page_url: None | str | Unset = d.pop("prev_page_url", UNSET)

        from_: int | None | Unset = d.pop("from", UNSET)

        to: int | None | Unset = d.pop("to", UNSET)

        _data = d.pop("data", UNSET)
        data: list[ViewAllowedEmailsDataAllOfDataInner] | None | Unset
        if isinstance(_data, list):
            try:
                data_type_0 = []
                _data_type_0 = _data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = ViewAllowedEmailsDataAllOfDataInner.from_dict(
                        data_type_0_item_data
                    )

                    data_type_0.append(data_type_0_item)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                data = cast(list[ViewAllowedEmailsDataAllOfDataInner] | None | Unset, _data)
        else:
            data = _data

        view_allowed_emails_data = cls(
            total,
            per_page,
            current_page,
            last_page,
            next_page_url,
            prev_page_url,
            from_,
            to,
            data,
        )

        view_allowed_emails_data.additional_properties = d
        return view_allowed_emails_data

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
from ..models.view_allowed_emails_data_all_of_data_inner import (
    ViewAllowedEmailsDataAllOfDataInner,  # noqa: E402
)

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewSmsInboundAutomationsData")


@_attrs_define
class ViewSmsInboundAutomationsData:
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
        data (list[SmsInboundRule] | None | Unset):
        first_page_url (None | str | Unset):
        last_page_url (None | str | Unset):
        path (None | str | Unset):
        links (list[ViewListsDataLinksInner] | None | Unset):
    """

    total: int | None | Unset = UNSET
    per_page: int | None | Unset = UNSET
    current_page: int | None | Unset = UNSET
    last_page: int | None | Unset = UNSET
    next_page_url: None | str | Unset = UNSET
    prev_page_url: None | str | Unset = UNSET
    from_: int | None | Unset = UNSET
    to: int | None | Unset = UNSET
    data: list[SmsInboundRule] | None | Unset = UNSET
    first_page_url: None | str | Unset = UNSET
    last_page_url: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    links: list[ViewListsDataLinksInner] | None | Unset = UNSET
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

        first_page_url: None | str | Unset
        if isinstance(self.first_page_url, Unset):
            first_page_url = UNSET
        else:
            first_page_url = self.first_page_url

        last_page_url: None | str | Unset
        if isinstance(self.last_page_url, Unset):
            last_page_url = UNSET
        else:
            last_page_url = self.last_page_url

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        links: list[dict[str, Any]] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, list):
            links = []
            for links_type_0_item_data in self.links:
                links_type_0_item = links_type_0_item_data.to_dict()
                links.append(links_type_0_item)

        else:
            links = self.links

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
        if first_page_url is not UNSET:
            field_dict["first_page_url"] = first_page_url
        if last_page_url is not UNSET:
            field_dict["last_page_url"] = last_page_url
        if path is not UNSET:
            field_dict["path"] = path
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each field's value at its place among the class's arguments; what the class does not
        # name is kept aside. One pass over the keys the answer has, not one lookup per field;
        # none when it has exactly the class's fields.
        d: dict[str, Any] = {}
        values: list[Any] | None = None
        if src_dict.__class__ is dict and len(src_dict) == _FIELD_COUNT:
            try:
                values = list(_ALL_FIELDS(src_dict))
            except KeyError:  # another key in place of one of the fields
                pass
        if values is None:
            values = list(_NO_VALUES)
            if src_dict.__class__ is not dict:
                src_dict = dict(src_dict)
            at = _FIELD_AT.get
            for key, value in src_dict.items():
                i = at(key)
                if i is None:
                    d[key] = value
                else:
                    values[i] = value
        _data = values[8]
        data: list[SmsInboundRule] | None | Unset
        if isinstance(_data, list):
            try:
                data_type_0 = []
                _data_type_0 = _data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = SmsInboundRule.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                data = cast(list[SmsInboundRule] | None | Unset, _data)
        else:
            data = _data

        values[8] = data
        _links = values[12]
        links: list[ViewListsDataLinksInner] | None | Unset
        if isinstance(_links, list):
            try:
                links_type_0 = []
                _links_type_0 = _links
                for links_type_0_item_data in _links_type_0:
                    links_type_0_item = ViewListsDataLinksInner.from_dict(links_type_0_item_data)

                    links_type_0.append(links_type_0_item)

                links = links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                links = cast(list[ViewListsDataLinksInner] | None | Unset, _links)
        else:
            links = _links

        values[12] = links
        view_sms_inbound_automations_data = cls(*values)

        view_sms_inbound_automations_data.additional_properties = d
        return view_sms_inbound_automations_data

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


# Where each JSON key's value goes among the class's arguments, and what a field left out gets.
_FIELD_AT: dict[str, int] = {
    "total": 0,
    "per_page": 1,
    "current_page": 2,
    "last_page": 3,
    "next_page_url": 4,
    "prev_page_url": 5,
    "from": 6,
    "to": 7,
    "data": 8,
    "first_page_url": 9,
    "last_page_url": 10,
    "path": 11,
    "links": 12,
}
_NO_VALUES: tuple[Any, ...] = (
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
)
# How many keys an answer holding every field and no other has, and its values in the class's
# order.
_FIELD_COUNT = len(_FIELD_AT)
_ALL_FIELDS = itemgetter(*_FIELD_AT)


# Imported here, after the class: a model that refers back to this one then finds it defined.
from ..models.sms_inbound_rule import SmsInboundRule  # noqa: E402
from ..models.view_lists_data_links_inner import ViewListsDataLinksInner  # noqa: E402

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Recipient")


@_attrs_define
class Recipient:
    """
    Attributes:
        user_id (int | None | str | Unset):
        subaccount_id (int | None | Unset):
        message_id (None | str | Unset):
        address_name (None | str | Unset):
        address_line_1 (None | str | Unset):
        address_line_2 (None | str | Unset):
        address_city (None | str | Unset):
        address_state (None | str | Unset):
        address_postal_code (int | None | str | Unset):
        address_country (None | str | Unset):
        return_address_id (int | None | Unset):
        custom_string (None | str | Unset):
        schedule (int | None | str | Unset):
        source (None | str | Unset):
        colour (int | None | Unset):
        duplex (int | None | Unset):
        post_pages (int | None | Unset):
        post_price (None | str | Unset):
        priority_post (int | None | Unset):
        date_added (int | None | str | Unset):
        status (None | str | Unset):
        field_file_url (None | str | Unset):
        field_return_address (None | PostReturnAddress | Unset):
        field_api_username (None | str | Unset):
    """

    user_id: int | None | str | Unset = UNSET
    subaccount_id: int | None | Unset = UNSET
    message_id: None | str | Unset = UNSET
    address_name: None | str | Unset = UNSET
    address_line_1: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    address_city: None | str | Unset = UNSET
    address_state: None | str | Unset = UNSET
    address_postal_code: int | None | str | Unset = UNSET
    address_country: None | str | Unset = UNSET
    return_address_id: int | None | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    schedule: int | None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    colour: int | None | Unset = UNSET
    duplex: int | None | Unset = UNSET
    post_pages: int | None | Unset = UNSET
    post_price: None | str | Unset = UNSET
    priority_post: int | None | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    field_file_url: None | str | Unset = UNSET
    field_return_address: None | PostReturnAddress | Unset = UNSET
    field_api_username: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: int | None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        subaccount_id: int | None | Unset
        if isinstance(self.subaccount_id, Unset):
            subaccount_id = UNSET
        else:
            subaccount_id = self.subaccount_id

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        address_name: None | str | Unset
        if isinstance(self.address_name, Unset):
            address_name = UNSET
        else:
            address_name = self.address_name

        address_line_1: None | str | Unset
        if isinstance(self.address_line_1, Unset):
            address_line_1 = UNSET
        else:
            address_line_1 = self.address_line_1

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        address_city: None | str | Unset
        if isinstance(self.address_city, Unset):
            address_city = UNSET
        else:
            address_city = self.address_city

        address_state: None | str | Unset
        if isinstance(self.address_state, Unset):
            address_state = UNSET
        else:
            address_state = self.address_state

        address_postal_code: int | None | str | Unset
        if isinstance(self.address_postal_code, Unset):
            address_postal_code = UNSET
        else:
            address_postal_code = self.address_postal_code

        address_country: None | str | Unset
        if isinstance(self.address_country, Unset):
            address_country = UNSET
        else:
            address_country = self.address_country

        return_address_id: int | None | Unset
        if isinstance(self.return_address_id, Unset):
            return_address_id = UNSET
        else:
            return_address_id = self.return_address_id

        custom_string: None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        schedule: int | None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        colour: int | None | Unset
        if isinstance(self.colour, Unset):
            colour = UNSET
        else:
            colour = self.colour

        duplex: int | None | Unset
        if isinstance(self.duplex, Unset):
            duplex = UNSET
        else:
            duplex = self.duplex

        post_pages: int | None | Unset
        if isinstance(self.post_pages, Unset):
            post_pages = UNSET
        else:
            post_pages = self.post_pages

        post_price: None | str | Unset
        if isinstance(self.post_price, Unset):
            post_price = UNSET
        else:
            post_price = self.post_price

        priority_post: int | None | Unset
        if isinstance(self.priority_post, Unset):
            priority_post = UNSET
        else:
            priority_post = self.priority_post

        date_added: int | None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_file_url: None | str | Unset
        if isinstance(self.field_file_url, Unset):
            field_file_url = UNSET
        else:
            field_file_url = self.field_file_url

        field_return_address: dict[str, Any] | None | Unset
        if isinstance(self.field_return_address, Unset):
            field_return_address = UNSET
        elif isinstance(self.field_return_address, PostReturnAddress):
            field_return_address = self.field_return_address.to_dict()
        else:
            field_return_address = self.field_return_address

        field_api_username: None | str | Unset
        if isinstance(self.field_api_username, Unset):
            field_api_username = UNSET
        else:
            field_api_username = self.field_api_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if address_name is not UNSET:
            field_dict["address_name"] = address_name
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_postal_code is not UNSET:
            field_dict["address_postal_code"] = address_postal_code
        if address_country is not UNSET:
            field_dict["address_country"] = address_country
        if return_address_id is not UNSET:
            field_dict["return_address_id"] = return_address_id
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if source is not UNSET:
            field_dict["source"] = source
        if colour is not UNSET:
            field_dict["colour"] = colour
        if duplex is not UNSET:
            field_dict["duplex"] = duplex
        if post_pages is not UNSET:
            field_dict["post_pages"] = post_pages
        if post_price is not UNSET:
            field_dict["post_price"] = post_price
        if priority_post is not UNSET:
            field_dict["priority_post"] = priority_post
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if status is not UNSET:
            field_dict["status"] = status
        if field_file_url is not UNSET:
            field_dict["_file_url"] = field_file_url
        if field_return_address is not UNSET:
            field_dict["_return_address"] = field_return_address
        if field_api_username is not UNSET:
            field_dict["_api_username"] = field_api_username

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
        _field_return_address = values[22]
        field_return_address: None | PostReturnAddress | Unset
        if isinstance(_field_return_address, dict):
            try:
                field_return_address_type_0 = PostReturnAddress.from_dict(_field_return_address)

                field_return_address = field_return_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                field_return_address = cast(None | PostReturnAddress | Unset, _field_return_address)
        else:
            field_return_address = _field_return_address

        values[22] = field_return_address
        recipient = cls(*values)

        recipient.additional_properties = d
        return recipient

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
    "user_id": 0,
    "subaccount_id": 1,
    "message_id": 2,
    "address_name": 3,
    "address_line_1": 4,
    "address_line_2": 5,
    "address_city": 6,
    "address_state": 7,
    "address_postal_code": 8,
    "address_country": 9,
    "return_address_id": 10,
    "custom_string": 11,
    "schedule": 12,
    "source": 13,
    "colour": 14,
    "duplex": 15,
    "post_pages": 16,
    "post_price": 17,
    "priority_post": 18,
    "date_added": 19,
    "status": 20,
    "_file_url": 21,
    "_return_address": 22,
    "_api_username": 23,
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
from ..models.post_return_address import PostReturnAddress  # noqa: E402

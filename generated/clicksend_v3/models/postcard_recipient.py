# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostcardRecipient")


@_attrs_define
class PostcardRecipient:
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
        letter_file_name (None | str | Unset):
        schedule (int | None | str | Unset):
        ip_address (None | str | Unset):
        source (None | str | Unset):
        post_price (int | None | Unset):
        priority (int | None | Unset):
        status (None | str | Unset):
        date_added (int | None | str | Unset):
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
    letter_file_name: None | str | Unset = UNSET
    schedule: int | None | str | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    post_price: int | None | Unset = UNSET
    priority: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
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

        letter_file_name: None | str | Unset
        if isinstance(self.letter_file_name, Unset):
            letter_file_name = UNSET
        else:
            letter_file_name = self.letter_file_name

        schedule: int | None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        post_price: int | None | Unset
        if isinstance(self.post_price, Unset):
            post_price = UNSET
        else:
            post_price = self.post_price

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        date_added: int | None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

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
        if letter_file_name is not UNSET:
            field_dict["letter_file_name"] = letter_file_name
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if source is not UNSET:
            field_dict["source"] = source
        if post_price is not UNSET:
            field_dict["post_price"] = post_price
        if priority is not UNSET:
            field_dict["priority"] = priority
        if status is not UNSET:
            field_dict["status"] = status
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
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
        _field_return_address = values[20]
        field_return_address: None | PostReturnAddress | Unset
        if isinstance(_field_return_address, dict):
            try:
                field_return_address_type_0 = PostReturnAddress.from_dict(_field_return_address)

                field_return_address = field_return_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                field_return_address = cast(None | PostReturnAddress | Unset, _field_return_address)
        else:
            field_return_address = _field_return_address

        values[20] = field_return_address
        postcard_recipient = cls(*values)

        postcard_recipient.additional_properties = d
        return postcard_recipient

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
    "letter_file_name": 11,
    "schedule": 12,
    "ip_address": 13,
    "source": 14,
    "post_price": 15,
    "priority": 16,
    "status": 17,
    "date_added": 18,
    "_file_url": 19,
    "_return_address": 20,
    "_api_username": 21,
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
)
# How many keys an answer holding every field and no other has, and its values in the class's
# order.
_FIELD_COUNT = len(_FIELD_AT)
_ALL_FIELDS = itemgetter(*_FIELD_AT)


# Imported here, after the class: a model that refers back to this one then finds it defined.
from ..models.post_return_address import PostReturnAddress  # noqa: E402

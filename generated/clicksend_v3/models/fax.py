# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Fax")


@_attrs_define
class Fax:
    """
    Attributes:
        user_id (int | None | str | Unset):
        subaccount_id (int | None | Unset):
        list_id (int | None | str | Unset):
        message_id (None | str | Unset):
        to (None | str | Unset):
        from_ (None | str | Unset):
        carrier (None | str | Unset):
        country (None | str | Unset):
        custom_string (None | str | Unset):
        schedule (int | None | str | Unset):
        message_pages (int | None | Unset):
        message_price (float | None | str | Unset):
        status_code (int | None | str | Unset):
        status_text (None | str | Unset):
        date_added (int | None | str | Unset):
        from_email (None | str | Unset):
        field_file_url (None | str | Unset):
        status (None | str | Unset):
    """

    user_id: int | None | str | Unset = UNSET
    subaccount_id: int | None | Unset = UNSET
    list_id: int | None | str | Unset = UNSET
    message_id: None | str | Unset = UNSET
    to: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    carrier: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    schedule: int | None | str | Unset = UNSET
    message_pages: int | None | Unset = UNSET
    message_price: float | None | str | Unset = UNSET
    status_code: int | None | str | Unset = UNSET
    status_text: None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    from_email: None | str | Unset = UNSET
    field_file_url: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
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

        list_id: int | None | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        carrier: None | str | Unset
        if isinstance(self.carrier, Unset):
            carrier = UNSET
        else:
            carrier = self.carrier

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

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

        message_pages: int | None | Unset
        if isinstance(self.message_pages, Unset):
            message_pages = UNSET
        else:
            message_pages = self.message_pages

        message_price: float | None | str | Unset
        if isinstance(self.message_price, Unset):
            message_price = UNSET
        else:
            message_price = self.message_price

        status_code: int | None | str | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        status_text: None | str | Unset
        if isinstance(self.status_text, Unset):
            status_text = UNSET
        else:
            status_text = self.status_text

        date_added: int | None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        from_email: None | str | Unset
        if isinstance(self.from_email, Unset):
            from_email = UNSET
        else:
            from_email = self.from_email

        field_file_url: None | str | Unset
        if isinstance(self.field_file_url, Unset):
            field_file_url = UNSET
        else:
            field_file_url = self.field_file_url

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if to is not UNSET:
            field_dict["to"] = to
        if from_ is not UNSET:
            field_dict["from"] = from_
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if country is not UNSET:
            field_dict["country"] = country
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if message_pages is not UNSET:
            field_dict["message_pages"] = message_pages
        if message_price is not UNSET:
            field_dict["message_price"] = message_price
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if status_text is not UNSET:
            field_dict["status_text"] = status_text
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if field_file_url is not UNSET:
            field_dict["_file_url"] = field_file_url
        if status is not UNSET:
            field_dict["status"] = status

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
        fax = cls(*values)

        fax.additional_properties = d
        return fax

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
    "list_id": 2,
    "message_id": 3,
    "to": 4,
    "from": 5,
    "carrier": 6,
    "country": 7,
    "custom_string": 8,
    "schedule": 9,
    "message_pages": 10,
    "message_price": 11,
    "status_code": 12,
    "status_text": 13,
    "date_added": 14,
    "from_email": 15,
    "_file_url": 16,
    "status": 17,
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
)
# How many keys an answer holding every field and no other has, and its values in the class's
# order.
_FIELD_COUNT = len(_FIELD_AT)
_ALL_FIELDS = itemgetter(*_FIELD_AT)

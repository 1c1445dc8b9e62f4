# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceMessage")


@_attrs_define
class VoiceMessage:
    """
    Attributes:
        date (int | None | str | Unset):
        date_added (int | None | str | Unset):
        list_id (int | None | str | Unset):
        to (None | str | Unset):
        to_type (None | str | Unset):
        body (None | str | Unset):
        from_ (None | str | Unset):
        lang (None | str | Unset):
        voice (None | str | Unset):
        schedule (int | None | str | Unset):
        message_id (None | str | Unset):
        message_parts (int | None | str | Unset):
        message_price (float | None | str | Unset):
        custom_string (None | str | Unset):
        user_id (float | None | str | Unset):
        subaccount_id (float | None | Unset):
        country (None | str | Unset):
        require_input (float | None | Unset):
        machine_detection (float | None | Unset):
        machine_detected (float | None | Unset):
        digits (int | None | str | Unset):
        carrier (None | str | Unset):
        status_code (int | None | str | Unset):
        status_text (None | str | Unset):
        status (None | str | Unset):
        field_api_username (None | str | Unset):
    """

    date: int | None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    list_id: int | None | str | Unset = UNSET
    to: None | str | Unset = UNSET
    to_type: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    lang: None | str | Unset = UNSET
    voice: None | str | Unset = UNSET
    schedule: int | None | str | Unset = UNSET
    message_id: None | str | Unset = UNSET
    message_parts: int | None | str | Unset = UNSET
    message_price: float | None | str | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    user_id: float | None | str | Unset = UNSET
    subaccount_id: float | None | Unset = UNSET
    country: None | str | Unset = UNSET
    require_input: float | None | Unset = UNSET
    machine_detection: float | None | Unset = UNSET
    machine_detected: float | None | Unset = UNSET
    digits: int | None | str | Unset = UNSET
    carrier: None | str | Unset = UNSET
    status_code: int | None | str | Unset = UNSET
    status_text: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    field_api_username: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: int | None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        date_added: int | None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        list_id: int | None | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        to_type: None | str | Unset
        if isinstance(self.to_type, Unset):
            to_type = UNSET
        else:
            to_type = self.to_type

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        lang: None | str | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        else:
            lang = self.lang

        voice: None | str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        else:
            voice = self.voice

        schedule: int | None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        message_parts: int | None | str | Unset
        if isinstance(self.message_parts, Unset):
            message_parts = UNSET
        else:
            message_parts = self.message_parts

        message_price: float | None | str | Unset
        if isinstance(self.message_price, Unset):
            message_price = UNSET
        else:
            message_price = self.message_price

        custom_string: None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        user_id: float | None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        subaccount_id: float | None | Unset
        if isinstance(self.subaccount_id, Unset):
            subaccount_id = UNSET
        else:
            subaccount_id = self.subaccount_id

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        require_input: float | None | Unset
        if isinstance(self.require_input, Unset):
            require_input = UNSET
        else:
            require_input = self.require_input

        machine_detection: float | None | Unset
        if isinstance(self.machine_detection, Unset):
            machine_detection = UNSET
        else:
            machine_detection = self.machine_detection

        machine_detected: float | None | Unset
        if isinstance(self.machine_detected, Unset):
            machine_detected = UNSET
        else:
            machine_detected = self.machine_detected

        digits: int | None | str | Unset
        if isinstance(self.digits, Unset):
            digits = UNSET
        else:
            digits = self.digits

        carrier: None | str | Unset
        if isinstance(self.carrier, Unset):
            carrier = UNSET
        else:
            carrier = self.carrier

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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_api_username: None | str | Unset
        if isinstance(self.field_api_username, Unset):
            field_api_username = UNSET
        else:
            field_api_username = self.field_api_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if to is not UNSET:
            field_dict["to"] = to
        if to_type is not UNSET:
            field_dict["to_type"] = to_type
        if body is not UNSET:
            field_dict["body"] = body
        if from_ is not UNSET:
            field_dict["from"] = from_
        if lang is not UNSET:
            field_dict["lang"] = lang
        if voice is not UNSET:
            field_dict["voice"] = voice
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if message_parts is not UNSET:
            field_dict["message_parts"] = message_parts
        if message_price is not UNSET:
            field_dict["message_price"] = message_price
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if country is not UNSET:
            field_dict["country"] = country
        if require_input is not UNSET:
            field_dict["require_input"] = require_input
        if machine_detection is not UNSET:
            field_dict["machine_detection"] = machine_detection
        if machine_detected is not UNSET:
            field_dict["machine_detected"] = machine_detected
        if digits is not UNSET:
            field_dict["digits"] = digits
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if status_text is not UNSET:
            field_dict["status_text"] = status_text
        if status is not UNSET:
            field_dict["status"] = status
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
        voice_message = cls(*values)

        voice_message.additional_properties = d
        return voice_message

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
    "date": 0,
    "date_added": 1,
    "list_id": 2,
    "to": 3,
    "to_type": 4,
    "body": 5,
    "from": 6,
    "lang": 7,
    "voice": 8,
    "schedule": 9,
    "message_id": 10,
    "message_parts": 11,
    "message_price": 12,
    "custom_string": 13,
    "user_id": 14,
    "subaccount_id": 15,
    "country": 16,
    "require_input": 17,
    "machine_detection": 18,
    "machine_detected": 19,
    "digits": 20,
    "carrier": 21,
    "status_code": 22,
    "status_text": 23,
    "status": 24,
    "_api_username": 25,
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
    UNSET,
    UNSET,
)
# How many keys an answer holding every field and no other has, and its values in the class's
# order.
_FIELD_COUNT = len(_FIELD_AT)
_ALL_FIELDS = itemgetter(*_FIELD_AT)

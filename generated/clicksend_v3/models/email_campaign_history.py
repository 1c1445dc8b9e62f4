# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaignHistory")


@_attrs_define
class EmailCampaignHistory:
    """
    Attributes:
        email_campaign_id (int | None | Unset):
        from_name (None | str | Unset):
        from_address (None | str | Unset):
        to_name (None | str | Unset):
        to_address (None | str | Unset):
        contact_id (int | None | str | Unset):
        subject (None | str | Unset):
        message_id (None | str | Unset):
        processed_at (None | str | Unset):
        status (None | str | Unset):
        open_count (int | None | Unset):
        click_count (int | None | Unset):
        hard_bounce_count (int | None | Unset):
        soft_bounce_count (int | None | Unset):
    """

    email_campaign_id: int | None | Unset = UNSET
    from_name: None | str | Unset = UNSET
    from_address: None | str | Unset = UNSET
    to_name: None | str | Unset = UNSET
    to_address: None | str | Unset = UNSET
    contact_id: int | None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    message_id: None | str | Unset = UNSET
    processed_at: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    open_count: int | None | Unset = UNSET
    click_count: int | None | Unset = UNSET
    hard_bounce_count: int | None | Unset = UNSET
    soft_bounce_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_campaign_id: int | None | Unset
        if isinstance(self.email_campaign_id, Unset):
            email_campaign_id = UNSET
        else:
            email_campaign_id = self.email_campaign_id

        from_name: None | str | Unset
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        from_address: None | str | Unset
        if isinstance(self.from_address, Unset):
            from_address = UNSET
        else:
            from_address = self.from_address

        to_name: None | str | Unset
        if isinstance(self.to_name, Unset):
            to_name = UNSET
        else:
            to_name = self.to_name

        to_address: None | str | Unset
        if isinstance(self.to_address, Unset):
            to_address = UNSET
        else:
            to_address = self.to_address

        contact_id: int | None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        processed_at: None | str | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        else:
            processed_at = self.processed_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        open_count: int | None | Unset
        if isinstance(self.open_count, Unset):
            open_count = UNSET
        else:
            open_count = self.open_count

        click_count: int | None | Unset
        if isinstance(self.click_count, Unset):
            click_count = UNSET
        else:
            click_count = self.click_count

        hard_bounce_count: int | None | Unset
        if isinstance(self.hard_bounce_count, Unset):
            hard_bounce_count = UNSET
        else:
            hard_bounce_count = self.hard_bounce_count

        soft_bounce_count: int | None | Unset
        if isinstance(self.soft_bounce_count, Unset):
            soft_bounce_count = UNSET
        else:
            soft_bounce_count = self.soft_bounce_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_campaign_id is not UNSET:
            field_dict["email_campaign_id"] = email_campaign_id
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if from_address is not UNSET:
            field_dict["from_address"] = from_address
        if to_name is not UNSET:
            field_dict["to_name"] = to_name
        if to_address is not UNSET:
            field_dict["to_address"] = to_address
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at
        if status is not UNSET:
            field_dict["status"] = status
        if open_count is not UNSET:
            field_dict["open_count"] = open_count
        if click_count is not UNSET:
            field_dict["click_count"] = click_count
        if hard_bounce_count is not UNSET:
            field_dict["hard_bounce_count"] = hard_bounce_count
        if soft_bounce_count is not UNSET:
            field_dict["soft_bounce_count"] = soft_bounce_count

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
        email_campaign_history = cls(*values)

        email_campaign_history.additional_properties = d
        return email_campaign_history

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
    "email_campaign_id": 0,
    "from_name": 1,
    "from_address": 2,
    "to_name": 3,
    "to_address": 4,
    "contact_id": 5,
    "subject": 6,
    "message_id": 7,
    "processed_at": 8,
    "status": 9,
    "open_count": 10,
    "click_count": 11,
    "hard_bounce_count": 12,
    "soft_bounce_count": 13,
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
)
# How many keys an answer holding every field and no other has, and its values in the class's
# order.
_FIELD_COUNT = len(_FIELD_AT)
_ALL_FIELDS = itemgetter(*_FIELD_AT)

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaign")


@_attrs_define
class EmailCampaign:
    """
    Attributes:
        email_campaign_id (int | None | Unset):
        name (None | str | Unset):
        user_id (int | None | str | Unset):
        subaccount_id (int | None | Unset):
        subject (None | str | Unset):
        list_id (int | None | str | Unset):
        from_email_address_id (int | None | Unset):
        from_name (None | str | Unset):
        template_id (int | None | Unset):
        schedule (int | None | str | Unset):
        status (None | str | Unset):
        date_added (int | None | str | Unset):
        custom_string (None | str | Unset):
        send_count (int | None | Unset):
        open_count (int | None | Unset):
        click_count (int | None | Unset):
        hard_bounce_count (int | None | Unset):
        soft_bounce_count (int | None | Unset):
        abuse_count (int | None | Unset):
        unsubscribe_count (int | None | Unset):
        body (None | str | Unset):
        body_plain_text (None | str | Unset):
    """

    email_campaign_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    subaccount_id: int | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    list_id: int | None | str | Unset = UNSET
    from_email_address_id: int | None | Unset = UNSET
    from_name: None | str | Unset = UNSET
    template_id: int | None | Unset = UNSET
    schedule: int | None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    send_count: int | None | Unset = UNSET
    open_count: int | None | Unset = UNSET
    click_count: int | None | Unset = UNSET
    hard_bounce_count: int | None | Unset = UNSET
    soft_bounce_count: int | None | Unset = UNSET
    abuse_count: int | None | Unset = UNSET
    unsubscribe_count: int | None | Unset = UNSET
    body: None | str | Unset = UNSET
    body_plain_text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_campaign_id: int | None | Unset
        if isinstance(self.email_campaign_id, Unset):
            email_campaign_id = UNSET
        else:
            email_campaign_id = self.email_campaign_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        list_id: int | None | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        from_email_address_id: int | None | Unset
        if isinstance(self.from_email_address_id, Unset):
            from_email_address_id = UNSET
        else:
            from_email_address_id = self.from_email_address_id

        from_name: None | str | Unset
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        template_id: int | None | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        schedule: int | None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

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

        custom_string: None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        send_count: int | None | Unset
        if isinstance(self.send_count, Unset):
            send_count = UNSET
        else:
            send_count = self.send_count

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

        abuse_count: int | None | Unset
        if isinstance(self.abuse_count, Unset):
            abuse_count = UNSET
        else:
            abuse_count = self.abuse_count

        unsubscribe_count: int | None | Unset
        if isinstance(self.unsubscribe_count, Unset):
            unsubscribe_count = UNSET
        else:
            unsubscribe_count = self.unsubscribe_count

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        body_plain_text: None | str | Unset
        if isinstance(self.body_plain_text, Unset):
            body_plain_text = UNSET
        else:
            body_plain_text = self.body_plain_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_campaign_id is not UNSET:
            field_dict["email_campaign_id"] = email_campaign_id
        if name is not UNSET:
            field_dict["name"] = name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if from_email_address_id is not UNSET:
            field_dict["from_email_address_id"] = from_email_address_id
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if status is not UNSET:
            field_dict["status"] = status
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if send_count is not UNSET:
            field_dict["send_count"] = send_count
        if open_count is not UNSET:
            field_dict["open_count"] = open_count
        if click_count is not UNSET:
            field_dict["click_count"] = click_count
        if hard_bounce_count is not UNSET:
            field_dict["hard_bounce_count"] = hard_bounce_count
        if soft_bounce_count is not UNSET:
            field_dict["soft_bounce_count"] = soft_bounce_count
        if abuse_count is not UNSET:
            field_dict["abuse_count"] = abuse_count
        if unsubscribe_count is not UNSET:
            field_dict["unsubscribe_count"] = unsubscribe_count
        if body is not UNSET:
            field_dict["body"] = body
        if body_plain_text is not UNSET:
            field_dict["body_plain_text"] = body_plain_text

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
        email_campaign = cls(*values)

        email_campaign.additional_properties = d
        return email_campaign

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
    "name": 1,
    "user_id": 2,
    "subaccount_id": 3,
    "subject": 4,
    "list_id": 5,
    "from_email_address_id": 6,
    "from_name": 7,
    "template_id": 8,
    "schedule": 9,
    "status": 10,
    "date_added": 11,
    "custom_string": 12,
    "send_count": 13,
    "open_count": 14,
    "click_count": 15,
    "hard_bounce_count": 16,
    "soft_bounce_count": 17,
    "abuse_count": 18,
    "unsubscribe_count": 19,
    "body": 20,
    "body_plain_text": 21,
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

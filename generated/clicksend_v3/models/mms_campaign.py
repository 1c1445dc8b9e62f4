# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MmsCampaign")


@_attrs_define
class MmsCampaign:
    """
    Attributes:
        mms_campaign_id (int | None | Unset):
        name (None | str | Unset):
        user_id (int | None | str | Unset):
        subaccount_id (int | None | Unset):
        list_id (int | None | str | Unset):
        from_ (None | str | Unset):
        subject (None | str | Unset):
        file_name (None | str | Unset):
        body (None | str | Unset):
        schedule (int | None | str | Unset):
        status (None | str | Unset):
        date_added (int | None | str | Unset):
        field_total_count (int | None | Unset):
        field_list_name (None | str | Unset):
        field_media_file_url (None | str | Unset):
    """

    mms_campaign_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    subaccount_id: int | None | Unset = UNSET
    list_id: int | None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    file_name: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    schedule: int | None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    field_total_count: int | None | Unset = UNSET
    field_list_name: None | str | Unset = UNSET
    field_media_file_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mms_campaign_id: int | None | Unset
        if isinstance(self.mms_campaign_id, Unset):
            mms_campaign_id = UNSET
        else:
            mms_campaign_id = self.mms_campaign_id

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

        list_id: int | None | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

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

        field_total_count: int | None | Unset
        if isinstance(self.field_total_count, Unset):
            field_total_count = UNSET
        else:
            field_total_count = self.field_total_count

        field_list_name: None | str | Unset
        if isinstance(self.field_list_name, Unset):
            field_list_name = UNSET
        else:
            field_list_name = self.field_list_name

        field_media_file_url: None | str | Unset
        if isinstance(self.field_media_file_url, Unset):
            field_media_file_url = UNSET
        else:
            field_media_file_url = self.field_media_file_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mms_campaign_id is not UNSET:
            field_dict["mms_campaign_id"] = mms_campaign_id
        if name is not UNSET:
            field_dict["name"] = name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if subject is not UNSET:
            field_dict["subject"] = subject
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if body is not UNSET:
            field_dict["body"] = body
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if status is not UNSET:
            field_dict["status"] = status
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if field_total_count is not UNSET:
            field_dict["_total_count"] = field_total_count
        if field_list_name is not UNSET:
            field_dict["_list_name"] = field_list_name
        if field_media_file_url is not UNSET:
            field_dict["_media_file_url"] = field_media_file_url

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
        mms_campaign = cls(*values)

        mms_campaign.additional_properties = d
        return mms_campaign

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
    "mms_campaign_id": 0,
    "name": 1,
    "user_id": 2,
    "subaccount_id": 3,
    "list_id": 4,
    "from": 5,
    "subject": 6,
    "file_name": 7,
    "body": 8,
    "schedule": 9,
    "status": 10,
    "date_added": 11,
    "_total_count": 12,
    "_list_name": 13,
    "_media_file_url": 14,
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
)
# How many keys an answer holding every field and no other has, and its values in the class's
# order.
_FIELD_COUNT = len(_FIELD_AT)
_ALL_FIELDS = itemgetter(*_FIELD_AT)

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCampaign")


@_attrs_define
class SmsCampaign:
    """
    Attributes:
        sms_campaign_id (int | None | Unset):
        name (None | str | Unset):
        user_id (int | None | str | Unset):
        subaccount_id (int | None | Unset):
        list_id (int | None | str | Unset):
        from_ (None | str | Unset):
        body (None | str | Unset):
        schedule (int | None | str | Unset):
        status (None | str | Unset):
        date_added (int | None | str | Unset):
        custom_string (None | str | Unset):
        url_to_shorten (None | str | Unset):
        unsubscribe_link (int | None | Unset):
        source (None | str | Unset):
        senders (list[SmsCampaignSendersInner] | None | Unset):
        field_total_count (int | None | Unset):
        field_list_name (None | str | Unset):
    """

    sms_campaign_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    subaccount_id: int | None | Unset = UNSET
    list_id: int | None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    schedule: int | None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    url_to_shorten: None | str | Unset = UNSET
    unsubscribe_link: int | None | Unset = UNSET
    source: None | str | Unset = UNSET
    senders: list[SmsCampaignSendersInner] | None | Unset = UNSET
    field_total_count: int | None | Unset = UNSET
    field_list_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_campaign_id: int | None | Unset
        if isinstance(self.sms_campaign_id, Unset):
            sms_campaign_id = UNSET
        else:
            sms_campaign_id = self.sms_campaign_id

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

        custom_string: None | str | Unset
        if isinstance(self.custom_string, Unset):
            custom_string = UNSET
        else:
            custom_string = self.custom_string

        url_to_shorten: None | str | Unset
        if isinstance(self.url_to_shorten, Unset):
            url_to_shorten = UNSET
        else:
            url_to_shorten = self.url_to_shorten

        unsubscribe_link: int | None | Unset
        if isinstance(self.unsubscribe_link, Unset):
            unsubscribe_link = UNSET
        else:
            unsubscribe_link = self.unsubscribe_link

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        senders: list[dict[str, Any]] | None | Unset
        if isinstance(self.senders, Unset):
            senders = UNSET
        elif isinstance(self.senders, list):
            senders = []
            for senders_type_0_item_data in self.senders:
                senders_type_0_item = senders_type_0_item_data.to_dict()
                senders.append(senders_type_0_item)

        else:
            senders = self.senders

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sms_campaign_id is not UNSET:
            field_dict["sms_campaign_id"] = sms_campaign_id
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
        if body is not UNSET:
            field_dict["body"] = body
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if status is not UNSET:
            field_dict["status"] = status
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if url_to_shorten is not UNSET:
            field_dict["url_to_shorten"] = url_to_shorten
        if unsubscribe_link is not UNSET:
            field_dict["unsubscribe_link"] = unsubscribe_link
        if source is not UNSET:
            field_dict["source"] = source
        if senders is not UNSET:
            field_dict["senders"] = senders
        if field_total_count is not UNSET:
            field_dict["_total_count"] = field_total_count
        if field_list_name is not UNSET:
            field_dict["_list_name"] = field_list_name

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
        _senders = values[14]
        senders: list[SmsCampaignSendersInner] | None | Unset
        if isinstance(_senders, list):
            try:
                senders_type_0 = []
                _senders_type_0 = _senders
                for senders_type_0_item_data in _senders_type_0:
                    senders_type_0_item = SmsCampaignSendersInner.from_dict(
                        senders_type_0_item_data
                    )

                    senders_type_0.append(senders_type_0_item)

                senders = senders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                senders = cast(list[SmsCampaignSendersInner] | None | Unset, _senders)
        else:
            senders = _senders

        values[14] = senders
        sms_campaign = cls(*values)

        sms_campaign.additional_properties = d
        return sms_campaign

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
    "sms_campaign_id": 0,
    "name": 1,
    "user_id": 2,
    "subaccount_id": 3,
    "list_id": 4,
    "from": 5,
    "body": 6,
    "schedule": 7,
    "status": 8,
    "date_added": 9,
    "custom_string": 10,
    "url_to_shorten": 11,
    "unsubscribe_link": 12,
    "source": 13,
    "senders": 14,
    "_total_count": 15,
    "_list_name": 16,
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
)
# How many keys an answer holding every field and no other has, and its values in the class's
# order.
_FIELD_COUNT = len(_FIELD_AT)
_ALL_FIELDS = itemgetter(*_FIELD_AT)


# Imported here, after the class: a model that refers back to this one then finds it defined.
from ..models.sms_campaign_senders_inner import SmsCampaignSendersInner  # noqa: E402

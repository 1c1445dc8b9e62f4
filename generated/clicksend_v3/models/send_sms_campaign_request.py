# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsCampaignRequest")


@_attrs_define
class SendSmsCampaignRequest:
    """
    Attributes:
        list_id (int | str):
        name (str):
        from_ (str):
        body (str):
        senders (list[SendersInner]):
        source (str | Unset):
        schedule (int | Unset):
        url_to_shorten (str | Unset):
    """

    list_id: int | str
    name: str
    from_: str
    body: str
    senders: list[SendersInner]
    source: str | Unset = UNSET
    schedule: int | Unset = UNSET
    url_to_shorten: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id: int | str
        list_id = self.list_id

        name = self.name

        from_ = self.from_

        body = self.body

        senders = []
        for senders_item_data in self.senders:
            senders_item = senders_item_data.to_dict()
            senders.append(senders_item)

        source = self.source

        schedule = self.schedule

        url_to_shorten = self.url_to_shorten

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
                "name": name,
                "from": from_,
                "body": body,
                "senders": senders,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if url_to_shorten is not UNSET:
            field_dict["url_to_shorten"] = url_to_shorten

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each field's value at its place among the class's arguments; what the class does not
        # name is kept aside. One pass over the keys the answer has, not one lookup per field.
        values: list[Any] = list(_NO_VALUES)
        d: dict[str, Any] = {}
        if src_dict.__class__ is not dict:
            src_dict = dict(src_dict)
        at = _FIELD_AT.get
        for key, value in src_dict.items():
            i = at(key)
            if i is None:
                d[key] = value
            else:
                values[i] = value
        if values[0] is _MISSING:
            raise KeyError("list_id")
        if values[1] is _MISSING:
            raise KeyError("name")
        if values[2] is _MISSING:
            raise KeyError("from")
        if values[3] is _MISSING:
            raise KeyError("body")
        if values[4] is _MISSING:
            raise KeyError("senders")
        senders = []
        _senders = values[4]
        for senders_item_data in _senders:
            senders_item = SendersInner.from_dict(senders_item_data)

            senders.append(senders_item)

        values[4] = senders
        send_sms_campaign_request = cls(*values)

        send_sms_campaign_request.additional_properties = d
        return send_sms_campaign_request

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


# Stands for a required field the answer does not have.
_MISSING: Any = object()
# Where each JSON key's value goes among the class's arguments, and what a field left out gets.
_FIELD_AT: dict[str, int] = {
    "list_id": 0,
    "name": 1,
    "from": 2,
    "body": 3,
    "senders": 4,
    "source": 5,
    "schedule": 6,
    "url_to_shorten": 7,
}
_NO_VALUES: tuple[Any, ...] = (
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    UNSET,
    UNSET,
    UNSET,
)


# Imported here, after the class: a model that refers back to this one then finds it defined.
from ..models.senders_inner import SendersInner  # noqa: E402

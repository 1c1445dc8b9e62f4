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
        d = dict(src_dict)
        list_id: int | str = d.pop("list_id")

        name = d.pop("name")

        from_ = d.pop("from")

        body = d.pop("body")

        senders = []
        _senders = d.pop("senders")
        for senders_item_data in _senders:
            senders_item = SendersInner.from_dict(senders_item_data)

            senders.append(senders_item)

        source = d.pop("source", UNSET)

        schedule = d.pop("schedule", UNSET)

        url_to_shorten = d.pop("url_to_shorten", UNSET)

        send_sms_campaign_request = cls(
            list_id,
            name,
            from_,
            body,
            senders,
            source,
            schedule,
            url_to_shorten,
        )

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


# Imported here, after the class: a model that refers back to this one then finds it defined.
from ..models.senders_inner import SendersInner  # noqa: E402

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewSmsStatisticsDataStatsInner")


@_attrs_define
class ViewSmsStatisticsDataStatsInner:
    """
    Attributes:
        date (float | None | str | Unset):
        outbound (None | Unset | ViewVoiceStatisticsDataTotalOutbound):
        inbound (None | Unset | ViewVoiceStatisticsDataTotalOutbound):
        bounced (None | Unset | ViewVoiceStatisticsDataTotalOutbound):
    """

    date: float | None | str | Unset = UNSET
    outbound: None | Unset | ViewVoiceStatisticsDataTotalOutbound = UNSET
    inbound: None | Unset | ViewVoiceStatisticsDataTotalOutbound = UNSET
    bounced: None | Unset | ViewVoiceStatisticsDataTotalOutbound = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: float | None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        outbound: dict[str, Any] | None | Unset
        if isinstance(self.outbound, Unset):
            outbound = UNSET
        elif isinstance(self.outbound, ViewVoiceStatisticsDataTotalOutbound):
            outbound = self.outbound.to_dict()
        else:
            outbound = self.outbound

        inbound: dict[str, Any] | None | Unset
        if isinstance(self.inbound, Unset):
            inbound = UNSET
        elif isinstance(self.inbound, ViewVoiceStatisticsDataTotalOutbound):
            inbound = self.inbound.to_dict()
        else:
            inbound = self.inbound

        bounced: dict[str, Any] | None | Unset
        if isinstance(self.bounced, Unset):
            bounced = UNSET
        elif isinstance(self.bounced, ViewVoiceStatisticsDataTotalOutbound):
            bounced = self.bounced.to_dict()
        else:
            bounced = self.bounced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if outbound is not UNSET:
            field_dict["outbound"] = outbound
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if bounced is not UNSET:
            field_dict["bounced"] = bounced

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date: float | None | str | Unset = d.pop("date", UNSET)

        _outbound = d.pop("outbound", UNSET)
        outbound: None | Unset | ViewVoiceStatisticsDataTotalOutbound
        if isinstance(_outbound, dict):
            try:
                outbound_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(_outbound)

                outbound = outbound_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                outbound = cast(None | Unset | ViewVoiceStatisticsDataTotalOutbound, _outbound)
        else:
            outbound = _outbound

        _inbound = d.pop("inbound", UNSET)
        inbound: None | Unset | ViewVoiceStatisticsDataTotalOutbound
        if isinstance(_inbound, dict):
            try:
                inbound_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(_inbound)

                inbound = inbound_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                inbound = cast(None | Unset | ViewVoiceStatisticsDataTotalOutbound, _inbound)
        else:
            inbound = _inbound

        _bounced = d.pop("bounced", UNSET)
        bounced: None | Unset | ViewVoiceStatisticsDataTotalOutbound
        if isinstance(_bounced, dict):
            try:
                bounced_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(_bounced)

                bounced = bounced_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                bounced = cast(None | Unset | ViewVoiceStatisticsDataTotalOutbound, _bounced)
        else:
            bounced = _bounced

        view_sms_statistics_data_stats_inner = cls(
            date,
            outbound,
            inbound,
            bounced,
        )

        view_sms_statistics_data_stats_inner.additional_properties = d
        return view_sms_statistics_data_stats_inner

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
from ..models.view_voice_statistics_data_total_outbound import (
    ViewVoiceStatisticsDataTotalOutbound,  # noqa: E402
)

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewVoiceStatisticsData")


@_attrs_define
class ViewVoiceStatisticsData:
    """
    Attributes:
        total (None | Unset | ViewVoiceStatisticsDataTotal):
        stats (list[ViewVoiceStatisticsDataStatsInner] | None | Unset):
        field_currency (Currency | None | Unset):
    """

    total: None | Unset | ViewVoiceStatisticsDataTotal = UNSET
    stats: list[ViewVoiceStatisticsDataStatsInner] | None | Unset = UNSET
    field_currency: Currency | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: dict[str, Any] | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        elif isinstance(self.total, ViewVoiceStatisticsDataTotal):
            total = self.total.to_dict()
        else:
            total = self.total

        stats: list[dict[str, Any]] | None | Unset
        if isinstance(self.stats, Unset):
            stats = UNSET
        elif isinstance(self.stats, list):
            stats = []
            for stats_type_0_item_data in self.stats:
                stats_type_0_item = stats_type_0_item_data.to_dict()
                stats.append(stats_type_0_item)

        else:
            stats = self.stats

        field_currency: dict[str, Any] | None | Unset
        if isinstance(self.field_currency, Unset):
            field_currency = UNSET
        elif isinstance(self.field_currency, Currency):
            field_currency = self.field_currency.to_dict()
        else:
            field_currency = self.field_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if stats is not UNSET:
            field_dict["stats"] = stats
        if field_currency is not UNSET:
            field_dict["_currency"] = field_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _total = d.pop("total", UNSET)
        total: None | Unset | ViewVoiceStatisticsDataTotal
        if isinstance(_total, dict):
            try:
                total_type_0 = ViewVoiceStatisticsDataTotal.from_dict(_total)

                total = total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                total = cast(None | Unset | ViewVoiceStatisticsDataTotal, _total)
        else:
            total = _total

        _stats = d.pop("stats", UNSET)
        stats: list[ViewVoiceStatisticsDataStatsInner] | None | Unset
        if isinstance(_stats, list):
            try:
                stats_type_0 = []
                _stats_type_0 = _stats
                for stats_type_0_item_data in _stats_type_0:
                    stats_type_0_item = ViewVoiceStatisticsDataStatsInner.from_dict(
                        stats_type_0_item_data
                    )

                    stats_type_0.append(stats_type_0_item)

                stats = stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                stats = cast(list[ViewVoiceStatisticsDataStatsInner] | None | Unset, _stats)
        else:
            stats = _stats

        _field_currency = d.pop("_currency", UNSET)
        field_currency: Currency | None | Unset
        if isinstance(_field_currency, dict):
            try:
                field_currency_type_0 = Currency.from_dict(_field_currency)

                field_currency = field_currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                field_currency = cast(Currency | None | Unset, _field_currency)
        else:
            field_currency = _field_currency

        view_voice_statistics_data = cls(
            total,
            stats,
            field_currency,
        )

        view_voice_statistics_data.additional_properties = d
        return view_voice_statistics_data

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
from ..models.currency import Currency  # noqa: E402
from ..models.view_voice_statistics_data_stats_inner import (
    ViewVoiceStatisticsDataStatsInner,  # noqa: E402
)
from ..models.view_voice_statistics_data_total import ViewVoiceStatisticsDataTotal  # noqa: E402

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.view_voice_statistics_data_stats_inner import (
        ViewVoiceStatisticsDataStatsInner,
    )
    from ..models.view_voice_statistics_data_total import ViewVoiceStatisticsDataTotal


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
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.view_voice_statistics_data_total import (
            ViewVoiceStatisticsDataTotal,  # noqa: PLC0415
        )

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
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.view_voice_statistics_data_stats_inner import (
            ViewVoiceStatisticsDataStatsInner,  # noqa: PLC0415
        )
        from ..models.view_voice_statistics_data_total import (
            ViewVoiceStatisticsDataTotal,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_total(data: object) -> None | Unset | ViewVoiceStatisticsDataTotal:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_type_0 = ViewVoiceStatisticsDataTotal.from_dict(data)

                return total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ViewVoiceStatisticsDataTotal, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_stats(data: object) -> list[ViewVoiceStatisticsDataStatsInner] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stats_type_0 = []
                _stats_type_0 = data
                for stats_type_0_item_data in _stats_type_0:
                    stats_type_0_item = ViewVoiceStatisticsDataStatsInner.from_dict(
                        stats_type_0_item_data
                    )

                    stats_type_0.append(stats_type_0_item)

                return stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ViewVoiceStatisticsDataStatsInner] | None | Unset, data)

        stats = _parse_stats(d.pop("stats", UNSET))

        def _parse_field_currency(data: object) -> Currency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_currency_type_0 = Currency.from_dict(data)

                return field_currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | None | Unset, data)

        field_currency = _parse_field_currency(d.pop("_currency", UNSET))

        view_voice_statistics_data = cls(
            total=total,
            stats=stats,
            field_currency=field_currency,
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

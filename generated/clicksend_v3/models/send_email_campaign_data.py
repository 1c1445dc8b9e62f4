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
    from ..models.email_campaign import EmailCampaign


T = TypeVar("T", bound="SendEmailCampaignData")


@_attrs_define
class SendEmailCampaignData:
    """
    Attributes:
        totlal_count (float | None | Unset):
        total_price (None | str | Unset):
        queued_count (float | None | Unset):
        data (EmailCampaign | None | Unset):
        field_currency (Currency | None | Unset):
    """

    totlal_count: float | None | Unset = UNSET
    total_price: None | str | Unset = UNSET
    queued_count: float | None | Unset = UNSET
    data: EmailCampaign | None | Unset = UNSET
    field_currency: Currency | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.email_campaign import EmailCampaign  # noqa: PLC0415

        totlal_count: float | None | Unset
        if isinstance(self.totlal_count, Unset):
            totlal_count = UNSET
        else:
            totlal_count = self.totlal_count

        total_price: None | str | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        else:
            total_price = self.total_price

        queued_count: float | None | Unset
        if isinstance(self.queued_count, Unset):
            queued_count = UNSET
        else:
            queued_count = self.queued_count

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, EmailCampaign):
            data = self.data.to_dict()
        else:
            data = self.data

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
        if totlal_count is not UNSET:
            field_dict["totlal_count"] = totlal_count
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if queued_count is not UNSET:
            field_dict["queued_count"] = queued_count
        if data is not UNSET:
            field_dict["data"] = data
        if field_currency is not UNSET:
            field_dict["_currency"] = field_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.email_campaign import EmailCampaign  # noqa: PLC0415

        d = dict(src_dict)
        totlal_count: float | None | Unset = d.pop("totlal_count", UNSET)

        total_price: None | str | Unset = d.pop("total_price", UNSET)

        queued_count: float | None | Unset = d.pop("queued_count", UNSET)

        def _parse_data(data: object) -> EmailCampaign | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = EmailCampaign.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaign | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

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

        send_email_campaign_data = cls(
            totlal_count=totlal_count,
            total_price=total_price,
            queued_count=queued_count,
            data=data,
            field_currency=field_currency,
        )

        send_email_campaign_data.additional_properties = d
        return send_email_campaign_data

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

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendLetterData")


@_attrs_define
class SendLetterData:
    """
    Attributes:
        recipients (list[Recipient] | None | Unset):
        field_currency (Currency | None | Unset):
    """

    recipients: list[Recipient] | None | Unset = UNSET
    field_currency: Currency | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipients: list[dict[str, Any]] | None | Unset
        if isinstance(self.recipients, Unset):
            recipients = UNSET
        elif isinstance(self.recipients, list):
            recipients = []
            for recipients_type_0_item_data in self.recipients:
                recipients_type_0_item = recipients_type_0_item_data.to_dict()
                recipients.append(recipients_type_0_item)

        else:
            recipients = self.recipients

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
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if field_currency is not UNSET:
            field_dict["_currency"] = field_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _recipients = d.pop("recipients", UNSET)
        recipients: list[Recipient] | None | Unset
        if isinstance(_recipients, list):
            try:
                recipients_type_0 = []
                _recipients_type_0 = _recipients
                for recipients_type_0_item_data in _recipients_type_0:
                    recipients_type_0_item = Recipient.from_dict(recipients_type_0_item_data)

                    recipients_type_0.append(recipients_type_0_item)

                recipients = recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                recipients = cast(list[Recipient] | None | Unset, _recipients)
        else:
            recipients = _recipients

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

        send_letter_data = cls(
            recipients,
            field_currency,
        )

        send_letter_data.additional_properties = d
        return send_letter_data

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
from ..models.recipient import Recipient  # noqa: E402

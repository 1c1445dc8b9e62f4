# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionalEmail")


@_attrs_define
class TransactionalEmail:
    """
    Attributes:
        user_id (int | None | str | Unset):
        subaccount_id (int | None | Unset):
        from_email_address_id (int | None | Unset):
        from_name (None | str | Unset):
        to (list[SendEmailRequestToInner] | None | Unset):
        cc (list[SendEmailRequestToInner] | None | Unset):
        bcc (list[SendEmailRequestToInner] | None | Unset):
        subject (None | str | Unset):
        body (None | str | Unset):
        body_plain_text (None | str | Unset):
        schedule (int | None | str | Unset):
        message_id (None | str | Unset):
        status (None | str | Unset):
        status_text (None | str | Unset):
        soft_bounce_count (int | None | Unset):
        hard_bounce_count (int | None | Unset):
        price (None | str | Unset):
        date_added (int | None | str | Unset):
        custom_string (None | str | Unset):
        field_attachments (list[Attachment] | None | Unset):
        field_currency (Currency | None | Unset):
    """

    user_id: int | None | str | Unset = UNSET
    subaccount_id: int | None | Unset = UNSET
    from_email_address_id: int | None | Unset = UNSET
    from_name: None | str | Unset = UNSET
    to: list[SendEmailRequestToInner] | None | Unset = UNSET
    cc: list[SendEmailRequestToInner] | None | Unset = UNSET
    bcc: list[SendEmailRequestToInner] | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    body_plain_text: None | str | Unset = UNSET
    schedule: int | None | str | Unset = UNSET
    message_id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    status_text: None | str | Unset = UNSET
    soft_bounce_count: int | None | Unset = UNSET
    hard_bounce_count: int | None | Unset = UNSET
    price: None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    field_attachments: list[Attachment] | None | Unset = UNSET
    field_currency: Currency | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        to: list[dict[str, Any]] | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, list):
            to = []
            for to_type_0_item_data in self.to:
                to_type_0_item = to_type_0_item_data.to_dict()
                to.append(to_type_0_item)

        else:
            to = self.to

        cc: list[dict[str, Any]] | None | Unset
        if isinstance(self.cc, Unset):
            cc = UNSET
        elif isinstance(self.cc, list):
            cc = []
            for cc_type_0_item_data in self.cc:
                cc_type_0_item = cc_type_0_item_data.to_dict()
                cc.append(cc_type_0_item)

        else:
            cc = self.cc

        bcc: list[dict[str, Any]] | None | Unset
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        elif isinstance(self.bcc, list):
            bcc = []
            for bcc_type_0_item_data in self.bcc:
                bcc_type_0_item = bcc_type_0_item_data.to_dict()
                bcc.append(bcc_type_0_item)

        else:
            bcc = self.bcc

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

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

        schedule: int | None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        status_text: None | str | Unset
        if isinstance(self.status_text, Unset):
            status_text = UNSET
        else:
            status_text = self.status_text

        soft_bounce_count: int | None | Unset
        if isinstance(self.soft_bounce_count, Unset):
            soft_bounce_count = UNSET
        else:
            soft_bounce_count = self.soft_bounce_count

        hard_bounce_count: int | None | Unset
        if isinstance(self.hard_bounce_count, Unset):
            hard_bounce_count = UNSET
        else:
            hard_bounce_count = self.hard_bounce_count

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

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

        field_attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.field_attachments, Unset):
            field_attachments = UNSET
        elif isinstance(self.field_attachments, list):
            field_attachments = []
            for field_attachments_type_0_item_data in self.field_attachments:
                field_attachments_type_0_item = field_attachments_type_0_item_data.to_dict()
                field_attachments.append(field_attachments_type_0_item)

        else:
            field_attachments = self.field_attachments

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
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if from_email_address_id is not UNSET:
            field_dict["from_email_address_id"] = from_email_address_id
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if to is not UNSET:
            field_dict["to"] = to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if body_plain_text is not UNSET:
            field_dict["body_plain_text"] = body_plain_text
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_text is not UNSET:
            field_dict["status_text"] = status_text
        if soft_bounce_count is not UNSET:
            field_dict["soft_bounce_count"] = soft_bounce_count
        if hard_bounce_count is not UNSET:
            field_dict["hard_bounce_count"] = hard_bounce_count
        if price is not UNSET:
            field_dict["price"] = price
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if field_attachments is not UNSET:
            field_dict["_attachments"] = field_attachments
        if field_currency is not UNSET:
            field_dict["_currency"] = field_currency

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
        _to = values[4]
        to: list[SendEmailRequestToInner] | None | Unset
        if isinstance(_to, list):
            try:
                to_type_0 = []
                _to_type_0 = _to
                for to_type_0_item_data in _to_type_0:
                    to_type_0_item = SendEmailRequestToInner.from_dict(to_type_0_item_data)

                    to_type_0.append(to_type_0_item)

                to = to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                to = cast(list[SendEmailRequestToInner] | None | Unset, _to)
        else:
            to = _to

        values[4] = to
        _cc = values[5]
        cc: list[SendEmailRequestToInner] | None | Unset
        if isinstance(_cc, list):
            try:
                cc_type_0 = []
                _cc_type_0 = _cc
                for cc_type_0_item_data in _cc_type_0:
                    cc_type_0_item = SendEmailRequestToInner.from_dict(cc_type_0_item_data)

                    cc_type_0.append(cc_type_0_item)

                cc = cc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                cc = cast(list[SendEmailRequestToInner] | None | Unset, _cc)
        else:
            cc = _cc

        values[5] = cc
        _bcc = values[6]
        bcc: list[SendEmailRequestToInner] | None | Unset
        if isinstance(_bcc, list):
            try:
                bcc_type_0 = []
                _bcc_type_0 = _bcc
                for bcc_type_0_item_data in _bcc_type_0:
                    bcc_type_0_item = SendEmailRequestToInner.from_dict(bcc_type_0_item_data)

                    bcc_type_0.append(bcc_type_0_item)

                bcc = bcc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                bcc = cast(list[SendEmailRequestToInner] | None | Unset, _bcc)
        else:
            bcc = _bcc

        values[6] = bcc
        _field_attachments = values[19]
        field_attachments: list[Attachment] | None | Unset
        if isinstance(_field_attachments, list):
            try:
                field_attachments_type_0 = []
                _field_attachments_type_0 = _field_attachments
                for field_attachments_type_0_item_data in _field_attachments_type_0:
                    field_attachments_type_0_item = Attachment.from_dict(
                        field_attachments_type_0_item_data
                    )

                    field_attachments_type_0.append(field_attachments_type_0_item)

                field_attachments = field_attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                field_attachments = cast(list[Attachment] | None | Unset, _field_attachments)
        else:
            field_attachments = _field_attachments

        values[19] = field_attachments
        _field_currency = values[20]
        field_currency: Currency | None | Unset
        if isinstance(_field_currency, dict):
            try:
                field_currency_type_0 = Currency.from_dict(_field_currency)

                field_currency = field_currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                field_currency = cast(Currency | None | Unset, _field_currency)
        else:
            field_currency = _field_currency

        values[20] = field_currency
        transactional_email = cls(*values)

        transactional_email.additional_properties = d
        return transactional_email

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
    "user_id": 0,
    "subaccount_id": 1,
    "from_email_address_id": 2,
    "from_name": 3,
    "to": 4,
    "cc": 5,
    "bcc": 6,
    "subject": 7,
    "body": 8,
    "body_plain_text": 9,
    "schedule": 10,
    "message_id": 11,
    "status": 12,
    "status_text": 13,
    "soft_bounce_count": 14,
    "hard_bounce_count": 15,
    "price": 16,
    "date_added": 17,
    "custom_string": 18,
    "_attachments": 19,
    "_currency": 20,
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
)
# How many keys an answer holding every field and no other has, and its values in the class's
# order.
_FIELD_COUNT = len(_FIELD_AT)
_ALL_FIELDS = itemgetter(*_FIELD_AT)


# Imported here, after the class: a model that refers back to this one then finds it defined.
from ..models.attachment import Attachment  # noqa: E402
from ..models.currency import Currency  # noqa: E402
from ..models.send_email_request_to_inner import SendEmailRequestToInner  # noqa: E402

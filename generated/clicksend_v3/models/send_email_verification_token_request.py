# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEmailVerificationTokenRequest")


@_attrs_define
class SendEmailVerificationTokenRequest:
    """
    Attributes:
        to (list[SendEmailVerificationTokenRequestToInner] | Unset):
        from_ (SendEmailVerificationTokenRequestFrom | Unset):
        subject (str | Unset):
        body (str | Unset):
    """

    to: list[SendEmailVerificationTokenRequestToInner] | Unset = UNSET
    from_: SendEmailVerificationTokenRequestFrom | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = []
            for to_item_data in self.to:
                to_item = to_item_data.to_dict()
                to.append(to_item)

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        subject = self.subject

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if to is not UNSET:
            field_dict["to"] = to
        if from_ is not UNSET:
            field_dict["from"] = from_
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _to = d.pop("to", UNSET)
        to: list[SendEmailVerificationTokenRequestToInner] | Unset = UNSET
        if _to is not UNSET:
            to = []
            for to_item_data in _to:
                to_item = SendEmailVerificationTokenRequestToInner.from_dict(to_item_data)

                to.append(to_item)

        _from_ = d.pop("from", UNSET)
        from_: SendEmailVerificationTokenRequestFrom | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = SendEmailVerificationTokenRequestFrom.from_dict(_from_)

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        send_email_verification_token_request = cls(
            to,
            from_,
            subject,
            body,
        )

        send_email_verification_token_request.additional_properties = d
        return send_email_verification_token_request

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
from ..models.send_email_verification_token_request_from import (
    SendEmailVerificationTokenRequestFrom,  # noqa: E402
)
from ..models.send_email_verification_token_request_to_inner import (
    SendEmailVerificationTokenRequestToInner,  # noqa: E402
)

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalSending")


@_attrs_define
class GlobalSending:
    """
    Attributes:
        id (int | None | Unset):
        name (None | str | Unset):
        code (None | str | Unset):
        region (None | str | Unset):
        agreed_at (int | None | Unset):
        registration_entity (AccountReferrerChosenType0 | None | Unset):
        registration_status (GlobalSendingRegistrationStatus | None | Unset):
        jotform_id (None | str | Unset):
        sms_registration_type (int | None | Unset):
        block_registration (bool | None | Unset):
        block_leads (bool | None | Unset):
        trial_from_address (None | str | Unset):
        restricted_sending (bool | None | Unset):
        trial_sending (int | None | Unset):
        trial_sending_description (None | str | Unset):
        has_regulation_requirements (int | None | Unset):
        registration_steps_url (None | str | Unset):
        regulation_requirements_description (None | str | Unset):
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    agreed_at: int | None | Unset = UNSET
    registration_entity: AccountReferrerChosenType0 | None | Unset = UNSET
    registration_status: GlobalSendingRegistrationStatus | None | Unset = UNSET
    jotform_id: None | str | Unset = UNSET
    sms_registration_type: int | None | Unset = UNSET
    block_registration: bool | None | Unset = UNSET
    block_leads: bool | None | Unset = UNSET
    trial_from_address: None | str | Unset = UNSET
    restricted_sending: bool | None | Unset = UNSET
    trial_sending: int | None | Unset = UNSET
    trial_sending_description: None | str | Unset = UNSET
    has_regulation_requirements: int | None | Unset = UNSET
    registration_steps_url: None | str | Unset = UNSET
    regulation_requirements_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        agreed_at: int | None | Unset
        if isinstance(self.agreed_at, Unset):
            agreed_at = UNSET
        else:
            agreed_at = self.agreed_at

        registration_entity: dict[str, Any] | None | Unset
        if isinstance(self.registration_entity, Unset):
            registration_entity = UNSET
        elif isinstance(self.registration_entity, AccountReferrerChosenType0):
            registration_entity = self.registration_entity.to_dict()
        else:
            registration_entity = self.registration_entity

        registration_status: dict[str, Any] | None | Unset
        if isinstance(self.registration_status, Unset):
            registration_status = UNSET
        elif isinstance(self.registration_status, GlobalSendingRegistrationStatus):
            registration_status = self.registration_status.to_dict()
        else:
            registration_status = self.registration_status

        jotform_id: None | str | Unset
        if isinstance(self.jotform_id, Unset):
            jotform_id = UNSET
        else:
            jotform_id = self.jotform_id

        sms_registration_type: int | None | Unset
        if isinstance(self.sms_registration_type, Unset):
            sms_registration_type = UNSET
        else:
            sms_registration_type = self.sms_registration_type

        block_registration: bool | None | Unset
        if isinstance(self.block_registration, Unset):
            block_registration = UNSET
        else:
            block_registration = self.block_registration

        block_leads: bool | None | Unset
        if isinstance(self.block_leads, Unset):
            block_leads = UNSET
        else:
            block_leads = self.block_leads

        trial_from_address: None | str | Unset
        if isinstance(self.trial_from_address, Unset):
            trial_from_address = UNSET
        else:
            trial_from_address = self.trial_from_address

        restricted_sending: bool | None | Unset
        if isinstance(self.restricted_sending, Unset):
            restricted_sending = UNSET
        else:
            restricted_sending = self.restricted_sending

        trial_sending: int | None | Unset
        if isinstance(self.trial_sending, Unset):
            trial_sending = UNSET
        else:
            trial_sending = self.trial_sending

        trial_sending_description: None | str | Unset
        if isinstance(self.trial_sending_description, Unset):
            trial_sending_description = UNSET
        else:
            trial_sending_description = self.trial_sending_description

        has_regulation_requirements: int | None | Unset
        if isinstance(self.has_regulation_requirements, Unset):
            has_regulation_requirements = UNSET
        else:
            has_regulation_requirements = self.has_regulation_requirements

        registration_steps_url: None | str | Unset
        if isinstance(self.registration_steps_url, Unset):
            registration_steps_url = UNSET
        else:
            registration_steps_url = self.registration_steps_url

        regulation_requirements_description: None | str | Unset
        if isinstance(self.regulation_requirements_description, Unset):
            regulation_requirements_description = UNSET
        else:
            regulation_requirements_description = self.regulation_requirements_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if region is not UNSET:
            field_dict["region"] = region
        if agreed_at is not UNSET:
            field_dict["agreed_at"] = agreed_at
        if registration_entity is not UNSET:
            field_dict["registration_entity"] = registration_entity
        if registration_status is not UNSET:
            field_dict["registration_status"] = registration_status
        if jotform_id is not UNSET:
            field_dict["jotform_id"] = jotform_id
        if sms_registration_type is not UNSET:
            field_dict["sms_registration_type"] = sms_registration_type
        if block_registration is not UNSET:
            field_dict["block_registration"] = block_registration
        if block_leads is not UNSET:
            field_dict["block_leads"] = block_leads
        if trial_from_address is not UNSET:
            field_dict["trial_from_address"] = trial_from_address
        if restricted_sending is not UNSET:
            field_dict["restricted_sending"] = restricted_sending
        if trial_sending is not UNSET:
            field_dict["trial_sending"] = trial_sending
        if trial_sending_description is not UNSET:
            field_dict["trial_sending_description"] = trial_sending_description
        if has_regulation_requirements is not UNSET:
            field_dict["has_regulation_requirements"] = has_regulation_requirements
        if registration_steps_url is not UNSET:
            field_dict["registration_steps_url"] = registration_steps_url
        if regulation_requirements_description is not UNSET:
            field_dict["regulation_requirements_description"] = regulation_requirements_description

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
        _registration_entity = values[5]
        registration_entity: AccountReferrerChosenType0 | None | Unset
        if isinstance(_registration_entity, dict):
            try:
                componentsschemasaccount_referrer_chosen_type_0 = (
                    AccountReferrerChosenType0.from_dict(_registration_entity)
                )

                registration_entity = componentsschemasaccount_referrer_chosen_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                registration_entity = cast(
                    AccountReferrerChosenType0 | None | Unset, _registration_entity
                )
        else:
            registration_entity = _registration_entity

        values[5] = registration_entity
        _registration_status = values[6]
        registration_status: GlobalSendingRegistrationStatus | None | Unset
        if isinstance(_registration_status, dict):
            try:
                registration_status_type_0 = GlobalSendingRegistrationStatus.from_dict(
                    _registration_status
                )

                registration_status = registration_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                registration_status = cast(
                    GlobalSendingRegistrationStatus | None | Unset, _registration_status
                )
        else:
            registration_status = _registration_status

        values[6] = registration_status
        global_sending = cls(*values)

        global_sending.additional_properties = d
        return global_sending

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
    "id": 0,
    "name": 1,
    "code": 2,
    "region": 3,
    "agreed_at": 4,
    "registration_entity": 5,
    "registration_status": 6,
    "jotform_id": 7,
    "sms_registration_type": 8,
    "block_registration": 9,
    "block_leads": 10,
    "trial_from_address": 11,
    "restricted_sending": 12,
    "trial_sending": 13,
    "trial_sending_description": 14,
    "has_regulation_requirements": 15,
    "registration_steps_url": 16,
    "regulation_requirements_description": 17,
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
)
# How many keys an answer holding every field and no other has, and its values in the class's
# order.
_FIELD_COUNT = len(_FIELD_AT)
_ALL_FIELDS = itemgetter(*_FIELD_AT)


# Imported here, after the class: a model that refers back to this one then finds it defined.
from ..models.account_referrer_chosen_type_0 import AccountReferrerChosenType0  # noqa: E402
from ..models.global_sending_registration_status import GlobalSendingRegistrationStatus  # noqa: E402

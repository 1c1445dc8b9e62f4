# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportContactsData")


@_attrs_define
class ImportContactsData:
    """
    Attributes:
        msg (None | str | Unset):
        ids (list[str] | None | Unset):
        id (None | str | Unset):
    """

    msg: None | str | Unset = UNSET
    ids: list[str] | None | Unset = UNSET
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg: None | str | Unset
        if isinstance(self.msg, Unset):
            msg = UNSET
        else:
            msg = self.msg

        ids: list[str] | None | Unset
        if isinstance(self.ids, Unset):
            ids = UNSET
        elif isinstance(self.ids, list):
            ids = self.ids

        else:
            ids = self.ids

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if msg is not UNSET:
            field_dict["msg"] = msg
        if ids is not UNSET:
            field_dict["ids"] = ids
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        msg: None | str | Unset = d.pop("msg", UNSET)

        _ids = d.pop("ids", UNSET)
        ids: list[str] | None | Unset
        if isinstance(_ids, list):
            try:
                ids_type_0 = cast(list[str], _ids)

                ids = ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                ids = cast(list[str] | None | Unset, _ids)
        else:
            ids = _ids

        id: None | str | Unset = d.pop("id", UNSET)

        import_contacts_data = cls(
            msg,
            ids,
            id,
        )

        import_contacts_data.additional_properties = d
        return import_contacts_data

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

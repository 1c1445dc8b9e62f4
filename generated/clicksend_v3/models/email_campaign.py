from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaign")


@_attrs_define
class EmailCampaign:
    """
    Attributes:
        email_campaign_id (int | None | Unset):
        name (None | str | Unset):
        user_id (int | None | str | Unset):
        subaccount_id (int | None | Unset):
        subject (None | str | Unset):
        list_id (int | None | str | Unset):
        from_email_address_id (int | None | Unset):
        from_name (None | str | Unset):
        template_id (int | None | Unset):
        schedule (int | None | str | Unset):
        status (None | str | Unset):
        date_added (int | None | str | Unset):
        custom_string (None | str | Unset):
        send_count (int | None | Unset):
        open_count (int | None | Unset):
        click_count (int | None | Unset):
        hard_bounce_count (int | None | Unset):
        soft_bounce_count (int | None | Unset):
        abuse_count (int | None | Unset):
        unsubscribe_count (int | None | Unset):
        body (None | str | Unset):
        body_plain_text (None | str | Unset):
    """

    email_campaign_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    subaccount_id: int | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    list_id: int | None | str | Unset = UNSET
    from_email_address_id: int | None | Unset = UNSET
    from_name: None | str | Unset = UNSET
    template_id: int | None | Unset = UNSET
    schedule: int | None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    custom_string: None | str | Unset = UNSET
    send_count: int | None | Unset = UNSET
    open_count: int | None | Unset = UNSET
    click_count: int | None | Unset = UNSET
    hard_bounce_count: int | None | Unset = UNSET
    soft_bounce_count: int | None | Unset = UNSET
    abuse_count: int | None | Unset = UNSET
    unsubscribe_count: int | None | Unset = UNSET
    body: None | str | Unset = UNSET
    body_plain_text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_campaign_id: int | None | Unset
        if isinstance(self.email_campaign_id, Unset):
            email_campaign_id = UNSET
        else:
            email_campaign_id = self.email_campaign_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        list_id: int | None | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

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

        template_id: int | None | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        schedule: int | None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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

        send_count: int | None | Unset
        if isinstance(self.send_count, Unset):
            send_count = UNSET
        else:
            send_count = self.send_count

        open_count: int | None | Unset
        if isinstance(self.open_count, Unset):
            open_count = UNSET
        else:
            open_count = self.open_count

        click_count: int | None | Unset
        if isinstance(self.click_count, Unset):
            click_count = UNSET
        else:
            click_count = self.click_count

        hard_bounce_count: int | None | Unset
        if isinstance(self.hard_bounce_count, Unset):
            hard_bounce_count = UNSET
        else:
            hard_bounce_count = self.hard_bounce_count

        soft_bounce_count: int | None | Unset
        if isinstance(self.soft_bounce_count, Unset):
            soft_bounce_count = UNSET
        else:
            soft_bounce_count = self.soft_bounce_count

        abuse_count: int | None | Unset
        if isinstance(self.abuse_count, Unset):
            abuse_count = UNSET
        else:
            abuse_count = self.abuse_count

        unsubscribe_count: int | None | Unset
        if isinstance(self.unsubscribe_count, Unset):
            unsubscribe_count = UNSET
        else:
            unsubscribe_count = self.unsubscribe_count

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_campaign_id is not UNSET:
            field_dict["email_campaign_id"] = email_campaign_id
        if name is not UNSET:
            field_dict["name"] = name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if from_email_address_id is not UNSET:
            field_dict["from_email_address_id"] = from_email_address_id
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if status is not UNSET:
            field_dict["status"] = status
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if send_count is not UNSET:
            field_dict["send_count"] = send_count
        if open_count is not UNSET:
            field_dict["open_count"] = open_count
        if click_count is not UNSET:
            field_dict["click_count"] = click_count
        if hard_bounce_count is not UNSET:
            field_dict["hard_bounce_count"] = hard_bounce_count
        if soft_bounce_count is not UNSET:
            field_dict["soft_bounce_count"] = soft_bounce_count
        if abuse_count is not UNSET:
            field_dict["abuse_count"] = abuse_count
        if unsubscribe_count is not UNSET:
            field_dict["unsubscribe_count"] = unsubscribe_count
        if body is not UNSET:
            field_dict["body"] = body
        if body_plain_text is not UNSET:
            field_dict["body_plain_text"] = body_plain_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_email_campaign_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        email_campaign_id = _parse_email_campaign_id(d.pop("email_campaign_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_user_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_subaccount_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subaccount_id = _parse_subaccount_id(d.pop("subaccount_id", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_list_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        list_id = _parse_list_id(d.pop("list_id", UNSET))

        def _parse_from_email_address_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        from_email_address_id = _parse_from_email_address_id(d.pop("from_email_address_id", UNSET))

        def _parse_from_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_name = _parse_from_name(d.pop("from_name", UNSET))

        def _parse_template_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        def _parse_schedule(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_date_added(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        date_added = _parse_date_added(d.pop("date_added", UNSET))

        def _parse_custom_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_string = _parse_custom_string(d.pop("custom_string", UNSET))

        def _parse_send_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        send_count = _parse_send_count(d.pop("send_count", UNSET))

        def _parse_open_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        open_count = _parse_open_count(d.pop("open_count", UNSET))

        def _parse_click_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        click_count = _parse_click_count(d.pop("click_count", UNSET))

        def _parse_hard_bounce_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        hard_bounce_count = _parse_hard_bounce_count(d.pop("hard_bounce_count", UNSET))

        def _parse_soft_bounce_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        soft_bounce_count = _parse_soft_bounce_count(d.pop("soft_bounce_count", UNSET))

        def _parse_abuse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        abuse_count = _parse_abuse_count(d.pop("abuse_count", UNSET))

        def _parse_unsubscribe_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unsubscribe_count = _parse_unsubscribe_count(d.pop("unsubscribe_count", UNSET))

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        def _parse_body_plain_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body_plain_text = _parse_body_plain_text(d.pop("body_plain_text", UNSET))

        _obj = cls(
            email_campaign_id=email_campaign_id,
            name=name,
            user_id=user_id,
            subaccount_id=subaccount_id,
            subject=subject,
            list_id=list_id,
            from_email_address_id=from_email_address_id,
            from_name=from_name,
            template_id=template_id,
            schedule=schedule,
            status=status,
            date_added=date_added,
            custom_string=custom_string,
            send_count=send_count,
            open_count=open_count,
            click_count=click_count,
            hard_bounce_count=hard_bounce_count,
            soft_bounce_count=soft_bounce_count,
            abuse_count=abuse_count,
            unsubscribe_count=unsubscribe_count,
            body=body,
            body_plain_text=body_plain_text,
        )

        _obj.additional_properties = d
        return _obj

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

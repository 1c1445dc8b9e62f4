"""The price answer's ``_summary``: each recipient country with its count, parts and price.

ClickSend's description declares ``_summary.countries`` as an array of ``{"country": {...}}``
whose count field is spelled ``receipient_count``; its example shows an object keyed by the ISO
code with ``recipient_count``. The sandbox follows the declared schema, which is what generated
clients decode, and adds to each country the fields the example has and the schema lacks
(``code``, ``recipient_count``) plus the parts and price sent there, so that a test can read the
countries' counts and prices. The regulation block's values are placeholders: the sandbox
knows no country's registration rules.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, Final

from clicksend_async.sandbox._shapes import render, schema_template

if TYPE_CHECKING:
    from clicksend_async.sandbox._state import Record

# Names of the countries the default rate table prices; any other country is named by its code.
COUNTRY_NAMES: Final = {
    "AU": "Australia",
    "CA": "Canada",
    "CN": "China",
    "GB": "United Kingdom",
    "NZ": "New Zealand",
    "US": "United States",
}
_ENTRY: Final = "calculate_sms_price_data__summary_countries_inner_country"


def countries(records: list[Record]) -> list[dict[str, Any]]:
    """Return the summary's countries for the priced messages, in order of first appearance."""
    counts: Counter[str] = Counter()
    parts: Counter[str] = Counter()
    prices: dict[str, float] = {}
    for record in records:
        if record.get("status") != "SUCCESS":
            continue
        code = str(record.get("country") or "AU")
        counts[code] += 1
        parts[code] += int(record.get("message_parts") or 0)
        prices[code] = prices.get(code, 0.0) + float(record.get("message_price") or 0.0)
    template = schema_template(_ENTRY)
    out = []
    for code, count in counts.items():
        country = render(
            template,
            {
                "registration_type": 0,
                "receipient_count": count,
                "usable_sender_id": True,
                "selected": True,
                "name": COUNTRY_NAMES.get(code, code),
                "regulation": {"restricted_sending": False, "trial_sending": False},
            },
        )
        country.update(
            code=code,
            recipient_count=count,
            message_parts=parts[code],
            total_price=f"{prices[code]:.4f}",
        )
        out.append({"country": country})
    return out

"""Phone numbers: the E.164 check run on every send, and reading numbers as people write them.

Numbers are judged with Google's libphonenumber data (the ``phonenumbers`` package): a number is
taken when its country calling code is assigned and its length is possible in that country. That
is a check of shape, not of whether the line exists, so a number in a range opened after the
installed data was published still passes.

The send path sees mostly numbers already in E.164 form (``+61411111111``). Those are judged
without calling the parser: the calling code is looked up in a table and the verdict for each
(calling code, length) pair is computed once and kept. ``phonenumbers`` itself is imported on the
first check, not with the package, so ``import clicksend_async`` stays fast.
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
import re
from typing import TYPE_CHECKING, Final

from clicksend_async._errors import ValidationError

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = [
    "all_e164",
    "check_phone",
    "country_of_number",
    "is_e164",
    "is_phone_number",
    "normalise_phone",
    "phone_problem",
]

# The shape of E.164: a calling code never starts with 0, and the whole is at most 15 digits.
_INTERNATIONAL: Final = re.compile(r"\+?([1-9][0-9]{6,14})")
# The sandbox takes what the service is seen to take: spaces inside numbers, 6 to 16 digits.
_LENIENT_PHONE: Final = re.compile(r"\+?[1-9][0-9]{5,15}")
_SEPARATORS: Final = re.compile(r"[\s().\-/]")
# Calling codes are one to three digits, and no code is the start of another.
_CODE_LENGTHS: Final = (1, 2, 3)
_EXAMPLE: Final = "+61411111111"


@functools.cache
def _calling_codes() -> frozenset[str]:
    import phonenumbers  # noqa: PLC0415 - imported on first use, to keep the package import fast

    return frozenset(str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


@functools.cache
def _regions() -> frozenset[str]:
    import phonenumbers  # noqa: PLC0415 - imported on first use, to keep the package import fast

    return frozenset(phonenumbers.SUPPORTED_REGIONS)


@functools.cache
def _possible_length(code: str, length: int) -> bool:
    """Return whether a national number of ``length`` digits is possible after ``+code``."""
    import phonenumbers  # noqa: PLC0415 - imported on first use, to keep the package import fast

    # Possibility depends on the calling code and the length alone, so any digits will do.
    sample = phonenumbers.PhoneNumber(country_code=int(code), national_number=int("9" * length))
    reason = phonenumbers.is_possible_number_with_reason(sample)
    return bool(reason == phonenumbers.ValidationResult.IS_POSSIBLE)


@functools.cache
def _main_region(code: str) -> str | None:
    import phonenumbers  # noqa: PLC0415 - imported on first use, to keep the package import fast

    region = phonenumbers.region_code_for_country_code(int(code))
    return None if region in {phonenumbers.UNKNOWN_REGION, "001"} else region


def _split(digits: str) -> tuple[str, str] | None:
    codes = _calling_codes()
    for length in _CODE_LENGTHS:
        if digits[:length] in codes:
            return digits[:length], digits[length:]
    return None


def _parse(text: str, region: str | None) -> str | None:
    """Return ``text`` read by libphonenumber as an E.164 number, or None when it is no number."""
    import phonenumbers  # noqa: PLC0415 - imported on first use, to keep the package import fast

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_possible_number_with_reason(number) != (
        phonenumbers.ValidationResult.IS_POSSIBLE
    ):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_problem(value: object) -> str | None:
    """Return why ``value`` is not an international number (``+``, then digits), or None.

    The ``+`` may be left out. The calling code must be assigned and the length possible for its
    country. A national number written with its trunk prefix after the calling code
    (``+44 0 20...`` as ``+44020...``) is refused with the right form; countries whose numbers
    keep a leading zero (Italy) are judged by the parser.
    """
    if not isinstance(value, str):
        return f"is not a string but {type(value).__name__}"
    match = _INTERNATIONAL.fullmatch(value)
    if match is None:
        return "is not + and 7 to 15 digits"
    digits = match.group(1)
    # The calling code and the digit after it lie in the first four digits, so those and the
    # length decide every verdict but a leading zero's, which needs the parser.
    shape = (digits[:4], len(digits))
    verdict = _VERDICTS.get(shape, _UNKNOWN)
    if verdict is _UNKNOWN:
        verdict = _VERDICTS[shape] = _shape_problem(digits)
    if verdict is _PARSE:
        return _leading_zero_problem(digits)
    return verdict


# Verdicts by (first four digits, length): at most 90,000 entries, a few MB at worst.
_UNKNOWN: Final = "unknown"
_PARSE: Final = "parse"
_VERDICTS: dict[tuple[str, int], str | None] = {}


def _shape_problem(digits: str) -> str | None:
    split = _split(digits)
    if split is None:
        return f"has no assigned country calling code (+{digits[:3]}...)"
    code, national = split
    if national.startswith("0"):
        return _PARSE
    if _possible_length(code, len(national)):
        return None
    return f"has a length that is not possible after +{code}"


def _leading_zero_problem(digits: str) -> str | None:
    """Judge a number whose national part starts with 0: a trunk prefix, or Italy's own zero."""
    canonical = _parse("+" + digits, None)
    if canonical is None:
        return "is not a possible number for its country"
    if canonical != "+" + digits:
        return f"is written {canonical} in E.164 (no trunk 0 after the calling code)"
    return None


_FIRST_FOUR: Final = operator.itemgetter(slice(1, 5))
_DIGIT_TEXT: Final = "0123456789"
_DIGITS: Final = _DIGIT_TEXT.encode()
_SHORTEST: Final = len("+") + 7
_LONGEST: Final = len("+") + 15


def all_e164(numbers: Sequence[str]) -> bool:
    """Whether every one of ``numbers`` is ``+`` and digits that :func:`phone_problem` takes.

    The bulk path's check of a whole batch at once: the numbers joined one to a line are read
    with string methods, and a verdict is looked up per distinct (first four digits, length),
    with no Python step per number. False means only that some number needs
    :func:`phone_problem` to judge it (or is not a string).
    """
    try:
        joined = "\n".join(numbers)
    except TypeError:
        return False
    size = len(numbers)
    # Nothing but digits, + and line breaks, and with the digits taken out a + for each number
    # and a line break between each two: the join's own breaks, so none inside a number and one
    # + in each. Where that + stands is read next.
    if (
        not size
        or not joined.isascii()
        or joined.encode().translate(None, _DIGITS) != b"+\n" * (size - 1) + b"+"
    ):
        return False
    first = len(numbers[0])
    step = first + 1
    if (
        len(joined) == size * step - 1
        and joined[::step] == "+" * size
        and joined[first::step] == "\n" * (size - 1)
    ):
        # Every number of one length (a + where each starts, a break where each ends), as in a
        # batch of one country's mostly. The digits seen at each of the first four places give
        # every shape there may be: if each of those passes, so do the numbers'.
        if not _SHORTEST <= first <= _LONGEST or "0" in joined[1::step]:
            return False  # a length no number has, or a calling code starting with 0
        columns = [joined[place::step] for place in range(1, 5)]
        places = [[d for d in _DIGIT_TEXT if d in column] for column in columns]
        if math.prod(map(len, places)) <= _FEW_SHAPES:
            return _taken(map("".join, itertools.product(*places)), first)
        shapes = {(four, first) for four in set(map(_FIRST_FOUR, numbers))}
    else:
        if not joined.startswith("+") or joined.count("\n+") != size - 1 or "+0" in joined:
            return False  # a + not where its number starts, or a calling code starting with 0
        shapes = set(zip(map(_FIRST_FOUR, numbers), map(len, numbers), strict=True))
    return all(
        _SHORTEST <= length <= _LONGEST and _taken((four,), length) for four, length in shapes
    )


def _taken(fours: Iterable[str], length: int) -> bool:
    """Whether numbers of ``length`` characters, + included, starting so, all pass the check."""
    for four in fours:
        verdict = _VERDICTS.get((four, length - 1), _UNKNOWN)
        if verdict is _UNKNOWN:
            phone_problem("+" + four + "1" * (length - 5))  # judges the shape, keeps the verdict
            verdict = _VERDICTS[four, length - 1]
        if verdict is not None:  # a problem, or a leading zero for the parser to judge
            return False
    return True


_FEW_SHAPES: Final = 100


def check_phone(value: object, field: str = "to") -> str:
    """Return an international phone number unchanged.

    Raises:
        ValidationError: it is not ``+`` (which may be left out) and digits that start with an
            assigned calling code and have a length possible in that country.

    """
    problem = phone_problem(value)
    if problem is None and isinstance(value, str):
        return value
    raise ValidationError(
        f"{field} must be a phone number such as {_EXAMPLE}, got {value!r}: it {problem}"
    )


def is_phone_number(value: object, *, lenient: bool = False) -> bool:
    """Return whether ``value`` is a phone number as :func:`check_phone` takes it.

    ``lenient`` applies the server's looser rules: spaces are ignored and 6 to 16 digits pass.
    """
    if lenient:
        return (
            isinstance(value, str) and _LENIENT_PHONE.fullmatch(value.replace(" ", "")) is not None
        )
    return phone_problem(value) is None


def is_e164(value: object) -> bool:
    """Return whether ``value`` is a number in E.164 form, ``+`` included, as sends need it."""
    return isinstance(value, str) and value.startswith("+") and phone_problem(value) is None


def normalise_phone(value: object, default_country: str | None = None, field: str = "to") -> str:
    """Return a phone number in E.164 form (``+61411111111``).

    The number is read as libphonenumber reads it: spaces, dots, dashes and parentheses are
    ignored, a trunk prefix after the calling code is dropped (``+44 (0) 20 7946 0018`` is
    ``+442079460018``), and a leading ``00`` is read as ``+``. A number without ``+`` is national
    when ``default_country`` (an ISO 3166 code such as ``"AU"`` or ``"IT"``, any country) is
    given: ``0411 111 111`` in ``AU`` is ``+61411111111``, and that country's own international
    prefix works too (``0011 44...`` in ``AU``). Without ``default_country`` a number not starting
    with ``0`` is taken as international.

    Raises:
        ValidationError: it is not a string, ``default_country`` is not a country code, a
            national number has no ``default_country``, or the number has no assigned calling
            code or a length impossible for its country.

    """
    if not isinstance(value, str):
        raise ValidationError(f"{field} must be a phone number string, got {type(value).__name__}")
    text = _SEPARATORS.sub("", value)
    # Most numbers already are E.164: judge them without the parser.
    if text.startswith("+") and phone_problem(text) is None:
        return text
    region = None
    if default_country is not None:
        region = default_country.strip().upper()
        if region not in _regions():
            raise ValidationError(f"unknown default_country {default_country!r}")
    candidates = _readings(text, region)
    if not candidates:
        raise ValidationError(
            f"{field} {value!r} is a national number: pass default_country, or write it with +"
        )
    for candidate, country in candidates:
        found = _parse(candidate, country)
        if found is not None and phone_problem(found) is None:
            return found
    problem = phone_problem(candidates[0][0])
    reason = f": it {problem}" if problem is not None else ""
    raise ValidationError(
        f"{field} must be a phone number such as {_EXAMPLE}, got {value!r}{reason}"
    )


def _readings(text: str, region: str | None) -> list[tuple[str, str | None]]:
    """Return the ways to read ``text`` as (number, region for the parser), likeliest first."""
    readings: list[tuple[str, str | None]] = []
    if text.startswith("+"):
        return [(text, None)]
    if text.startswith("00"):
        readings.append(("+" + text[2:], None))
    elif region is None and not text.startswith("0"):
        readings.append(("+" + text, None))
    if region is not None:
        readings.append((text, region))
    return readings


def country_of_number(number: str) -> str | None:
    """Return the ISO country of an E.164 ``number``'s calling code, if it has one.

    A calling code shared by several countries gives its main one (``+1`` is ``US``).
    """
    split = _split(number.removeprefix("+"))
    return None if split is None else _main_region(split[0])

"""Phone numbers: E.164 checks on the send path and reading numbers as people write them."""

import subprocess
import sys

import phonenumbers
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clicksend_async import ValidationError
from clicksend_async.messages import (
    check_phone,
    country_of_number,
    is_e164,
    is_phone_number,
    normalise_phone,
)

# ClickSend's documented test numbers: SMS, MMS and voice, then fax.
TEST_NUMBERS = [
    "+61411111111",
    "+61422222222",
    "+61433333333",
    "+61444444444",
    "+14055555555",
    "+14055555666",
    "+447777777777",
    "+8615555555555",
    "+61261111111",
    "+61262222222",
    "+61263333333",
]


@pytest.mark.parametrize("number", TEST_NUMBERS)
def test_clicksend_test_numbers_pass_every_check(number):
    """Each number ClickSend documents for testing is valid as written and normalises to itself."""
    assert check_phone(number) == number
    assert is_e164(number)
    assert is_phone_number(number)
    assert normalise_phone(number) == number


@pytest.mark.parametrize(
    ("raw", "country", "expected"),
    [
        ("+61411111111", None, "+61411111111"),
        ("+61 411 111 111", None, "+61411111111"),
        ("(+61) 411-111-111", None, "+61411111111"),
        ("0061411111111", None, "+61411111111"),
        ("61411111111", None, "+61411111111"),
        ("0411 111 111", "AU", "+61411111111"),
        ("0411 111 111", "au", "+61411111111"),
        ("61411111111", "AU", "+61411111111"),
        ("(405) 555-5555", "US", "+14055555555"),
        ("1-405-555-5555", "US", "+14055555555"),
        ("07777 777777", "GB", "+447777777777"),
        ("021 123 4567", "NZ", "+64211234567"),
        ("8123 4567", "SG", "+6581234567"),
        ("+447777777777", "AU", "+447777777777"),
        ("0044.7777.777777", "AU", "+447777777777"),
        # A trunk prefix written after the calling code is dropped, as people write it.
        ("+44 (0) 20 7946 0018", None, "+442079460018"),
        ("+61 0411 111 111", None, "+61411111111"),
        # Countries beyond any short list, and Italy, whose numbers keep their leading zero.
        ("06 6982 1234", "IT", "+390669821234"),
        ("+39 06 6982 1234", None, "+390669821234"),
        ("312 345 6789", "IT", "+393123456789"),
        ("030 1234567", "DE", "+49301234567"),
        ("06 12 34 56 78", "FR", "+33612345678"),
        ("091 234 5678", "ZA", "+27912345678"),
        ("0412 345 6789", "VE", "+584123456789"),
        # The country's own international prefix: 0011 from Australia, 011 from the US.
        ("0011 44 7777 777777", "AU", "+447777777777"),
        ("011 44 7777 777777", "US", "+447777777777"),
    ],
)
def test_normalise_phone_to_e164(raw, country, expected):
    """Separators go, 00 becomes +, trunk prefixes are dropped, any country is a default."""
    assert normalise_phone(raw, country) == expected
    assert is_e164(expected)


@pytest.mark.parametrize(
    ("raw", "country", "match"),
    [
        ("0411 111 111", None, "national number"),
        ("0411111111", "XX", "unknown default_country"),
        ("0411111111", "Australia", "unknown default_country"),
        ("+6141", None, "phone number such as"),
        ("+0411111111", None, "phone number such as"),
        ("+61 411 111 111 111 111", None, "phone number such as"),
        ("call me", None, "phone number such as"),
        (61411111111, None, "must be a phone number string"),
        # No country has the calling code 999 (nor 99 or 9).
        ("+999123456789", None, "no assigned country calling code"),
        ("00999123456789", "AU", "phone number such as"),
        ("+61 4111 1111 111", None, "length that is not possible"),
    ],
)
def test_normalise_phone_refuses_what_cannot_be_a_number(raw, country, match):
    """Too short, too long, no calling code, letters, unknown country: ValidationError."""
    with pytest.raises(ValidationError, match=match):
        normalise_phone(raw, country)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("+999123456789", "no assigned country calling code (+999...)"),
        ("+61411", "is not + and 7 to 15 digits"),
        ("+6141111111111111", "is not + and 7 to 15 digits"),
        ("+6141111111111", "length that is not possible after +61"),
        ("+1405555555", "length that is not possible after +1"),
        ("+4402079460018", "is written +442079460018 in E.164"),
        ("+3901234", "is not a possible number for its country"),
        ("+61 411 111 111", "is not + and 7 to 15 digits"),
        (61411111111, "is not a string"),
    ],
)
def test_check_phone_refuses_numbers_that_cannot_be_dialled(value, problem):
    """The send path's check refuses unknown calling codes, wrong lengths and trunk zeros."""
    with pytest.raises(ValidationError, match="to must be a phone number") as raised:
        check_phone(value)
    assert problem in str(raised.value)
    assert not is_phone_number(value)
    assert not is_e164(value)


@pytest.mark.parametrize(
    "number", ["+390669821234", "+393123456789", "+4915123456789", "+5511987654321", "+80012345678"]
)
def test_check_phone_takes_numbers_of_any_country(number):
    """Italian landlines keep their 0; Germany, Brazil and a non-geographic +800 number pass."""
    assert check_phone(number) == number


def test_check_phone_still_takes_a_number_without_its_plus():
    """An international number written without + passes, unchanged, as it always did."""
    assert check_phone("61411111111") == "61411111111"
    assert not is_e164("61411111111")


def test_e164_numbers_are_judged_without_the_parser(monkeypatch):
    """Once a calling code and length were seen, E.164 numbers need no phonenumbers call."""
    check_phone("+61411111111")

    def refuse(*_args, **_kwargs):
        raise AssertionError("phonenumbers was called")

    for name in ("parse", "is_possible_number_with_reason", "format_number"):
        monkeypatch.setattr(phonenumbers, name, refuse)
    assert check_phone("+61499999999") == "+61499999999"
    assert normalise_phone("+61 499 999 998") == "+61499999998"
    assert is_e164("+61400000000")


def test_importing_the_package_does_not_import_phonenumbers():
    """The phonenumbers package is imported on the first check, not with clicksend_async."""
    code = (
        "import sys, clicksend_async, clicksend_async.messages\n"
        "assert 'phonenumbers' not in sys.modules\n"
        "clicksend_async.messages.check_phone('+61411111111')\n"
        "assert 'phonenumbers' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.mark.parametrize(
    ("number", "country"),
    [
        ("+61411111111", "AU"),
        ("+14055555555", "US"),
        ("+447777777777", "GB"),
        ("+8615555555555", "CN"),
        ("+353851234567", "IE"),
        ("+85291234567", "HK"),
        ("+393123456789", "IT"),
        ("+5511987654321", "BR"),
        ("+99912345678", None),
        ("+80012345678", None),
    ],
)
def test_country_of_number_takes_the_calling_code(number, country):
    """The country comes from the calling code; +1 is the US; unknown and global codes give None."""
    assert country_of_number(number) == country


@pytest.mark.parametrize(
    ("value", "strict", "lenient"),
    [
        ("+61411111111", True, True),
        ("+61 411 111 111", False, True),
        ("123456", False, True),
        ("+1234567890123456", False, True),
        ("+12345678901234567", False, False),
        ("+0411111111", False, False),
        (None, False, False),
    ],
)
def test_phone_checks_strict_for_the_client_lenient_for_the_server(value, strict, lenient):
    """The client wants a dialable E.164 number; the sandbox, like the service, takes more."""
    assert is_phone_number(value) is strict
    assert is_phone_number(value, lenient=True) is lenient


REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)


# No time limits: the first number of a region loads that region's metadata, which takes far
# longer than the rest on a loaded machine, and a test here asserts values, never durations.
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(REGIONS),
    st.sampled_from(["", "+", "00"]),
    st.lists(st.sampled_from([" ", "-", ".", "(", ")"]), max_size=4),
)
def test_example_numbers_of_every_country_normalise_stably(region, prefix, separators):
    """Each country's example mobile number, written with separators, normalises to its E.164."""
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    if example is None:
        example = phonenumbers.example_number(region)
    expected = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
    digits = expected.removeprefix("+")
    spaced = digits
    for position, separator in enumerate(separators, start=1):
        spaced = spaced[:position] + separator + spaced[position:]
    assert normalise_phone(prefix + spaced) == expected
    assert normalise_phone(expected) == expected
    assert check_phone(expected) == expected
    national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
    assert normalise_phone(national, region) == expected


@given(st.text(alphabet="+0123456789 ()-.", max_size=20), st.sampled_from([None, "AU", "IT"]))
def test_normalise_phone_returns_a_checked_number_or_refuses(raw, country):
    """Whatever is typed, the result passes check_phone and normalises to itself, or is refused."""
    try:
        result = normalise_phone(raw, country)
    except ValidationError:
        return
    assert check_phone(result) == result
    assert is_e164(result)
    assert normalise_phone(result) == result

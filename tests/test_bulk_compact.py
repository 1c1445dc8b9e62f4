"""Outcomes kept as columns read back as the very objects, counts and report built eagerly."""

from __future__ import annotations

import json
import pickle
from decimal import Decimal
from itertools import pairwise
from operator import itemgetter
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from clicksend_async import Accepted, BulkReport, Rejected, Unknown
from clicksend_async._bulk._compact import Lines, Outcomes, Same, outcomes_of, report_of
from clicksend_async._bulk._outcomes import Outcome, price_text, to_outcome
from clicksend_async._bulk._plain import OwnCustoms
from clicksend_async._bulk._send import _all_accepted

FIELDS = ["run_id", "outcomes", "accepted", "rejected", "unknown", "total_price"]
_TEXT = st.one_of(st.none(), st.text(max_size=8))
_PRICE = st.one_of(st.none(), st.sampled_from(["0.0792", "0.1", "", "x", "1e2"]))


@st.composite
def _outcomes(draw: st.DrawFn) -> list[Outcome]:
    """Outcomes of every kind, one per index of a shuffled range."""
    indices = draw(st.permutations(range(draw(st.integers(0, 40)))))
    made: list[Outcome] = []
    for index in indices:
        kind = draw(st.sampled_from(["accepted", "accepted", "rejected", "unknown"]))
        custom = draw(_TEXT)
        if kind == "accepted":
            made.append(Accepted(index, draw(_TEXT), draw(_PRICE), custom))
        elif kind == "rejected":
            made.append(
                Rejected(index, draw(st.sampled_from(["NOT_SENT", "INVALID"])), "r", custom)
            )
        else:
            made.append(Unknown(index, "b", "u", custom))
    return made


def _columns(outcomes: list[Outcome]) -> Outcomes:
    """Hold outcomes as a batch does: accepted ones in the columns, the others as objects."""
    accepted = [isinstance(o, Accepted) for o in outcomes]
    return Outcomes(
        [o.index for o in outcomes],
        [o.message_id if a else None for o, a in zip(outcomes, accepted, strict=True)],  # type: ignore[union-attr]
        [o.price if a else None for o, a in zip(outcomes, accepted, strict=True)],  # type: ignore[union-attr]
        [o.custom_string if a else None for o, a in zip(outcomes, accepted, strict=True)],
        None
        if all(accepted)
        else [None if a else o for o, a in zip(outcomes, accepted, strict=True)],
    )


@settings(max_examples=200, deadline=None)
@given(_outcomes(), st.data())
def test_a_report_of_columns_equals_the_report_of_objects(
    outcomes: list[Outcome], data: st.DataObject
) -> None:
    """Split into batches at random, held as columns: the same report, field by field."""
    cuts = sorted(data.draw(st.lists(st.integers(0, len(outcomes)), max_size=4)))
    bounds = [0, *cuts, len(outcomes)]
    parts = [_columns(outcomes[a:b]) for a, b in pairwise(bounds)]
    for part, (a, b) in zip(parts, pairwise(bounds), strict=True):
        assert list(part) == outcomes[a:b]  # read back in order, equal objects
        assert [part[i] for i in range(len(part))] == outcomes[a:b]
    assert list(Outcomes.join(parts)) == outcomes
    lazy = report_of("run", parts)
    eager = BulkReport.from_outcomes("run", sorted(outcomes, key=lambda o: o.index))
    # Counts and price first: they come from the columns, before any object is built.
    assert (lazy.accepted, lazy.rejected, lazy.unknown) == (
        eager.accepted,
        eager.rejected,
        eager.unknown,
    )
    assert lazy.total_price == eager.total_price
    assert lazy == eager
    assert type(lazy.outcomes) is tuple
    assert [o.index for o in lazy.outcomes] == list(range(len(outcomes)))
    assert attrs.asdict(lazy) == attrs.asdict(eager)
    assert repr(lazy) == repr(eager)
    assert hash(lazy) == hash(eager)


def test_the_report_keeps_its_public_shape() -> None:
    """No field, slot or asdict key appears beside the six public ones, lazy or not."""
    accepted = Outcomes([0, 1], ["m0", "m1"], ["0.0792", "0.0792"], ["c0", "c1"])
    lazy = report_of("run", [accepted])
    assert [field.name for field in attrs.fields(BulkReport)] == FIELDS
    assert type(lazy) is BulkReport
    assert list(attrs.asdict(lazy)) == FIELDS
    assert list(attrs.asdict(lazy, recurse=False)) == FIELDS
    assert lazy.outcomes == (
        Accepted(0, "m0", "0.0792", "c0"),
        Accepted(1, "m1", "0.0792", "c1"),
    )
    assert pickle.loads(pickle.dumps(report_of("run", [accepted]))) == lazy  # noqa: S301
    assert attrs.evolve(report_of("run", [accepted]), run_id="other").outcomes == lazy.outcomes
    assert lazy.total_price == Decimal("0.1584")


def test_a_batch_s_answer_reads_as_one_outcome_each_in_order() -> None:
    """Entries all SUCCESS, or mixed with failures and a missing entry: the same as one by one."""
    messages: list[dict[str, Any]] = [
        {"to": f"+6141111111{i}", "body": "b", "custom_string": f"c{i}"} for i in range(5)
    ]
    success = [
        {"status": "SUCCESS", "message_id": f"m{i}", "message_price": 0.0792} for i in range(5)
    ]
    mixed: list[Any] = [
        success[0],
        {"status": "INVALID_RECIPIENT"},
        None,
        {"status": "WHAT"},
        {"status": "SUCCESS", "message_id": "m4"},
    ]
    indices = [10, 11, 12, 13, 14]
    for results in (success, mixed):
        got = outcomes_of(indices, results, messages, "run/1")
        want = [
            to_outcome(index, result, message, "run/1")
            for index, result, message in zip(indices, results, messages, strict=True)
        ]
        assert list(got) == want
        assert list(Outcomes.join([Outcomes.of(got[:2]), Outcomes.of(got[2:])])) == want
    assert outcomes_of(indices, success, messages, "run/1").others is None  # all in the columns
    assert outcomes_of(indices, success, messages, "run/1")[0].price == "0.0792"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.none(), st.text(max_size=6), st.sampled_from(["a\nb", "\n", "", "id-1"])),
        max_size=12,
    )
)
def test_ids_held_as_one_text_read_as_the_list(values: list[str | None]) -> None:
    """Held as lines, a column reads item by item, sliced and whole as the list it came from."""
    held = Lines.of([{"id": value} for value in values], itemgetter("id"))
    if any(value is None or "\n" in value for value in values) or not values:
        assert type(held) is list  # a line break or a None could not be told apart in a text
    else:
        assert type(held) is Lines
    assert len(held) == len(values)
    assert list(held) == values
    assert [held[p] for p in range(-len(values), len(values))] == values + values
    assert held[1:-1] == values[1:-1]


@given(st.sampled_from(["0.0792", None, ""]), st.integers(0, 5))
def test_one_price_for_a_batch_reads_as_that_price_each_time(value: str | None, size: int) -> None:
    """A column of one value behaves as the list of it: items, slices, counts, the end."""
    same, listed = Same(value, size), [value] * size
    assert len(same) == size
    assert list(same) == listed
    assert [same[p] for p in range(-size, size)] == listed + listed
    assert same[1:] == listed[1:]
    assert same.count(value) == size
    assert same.count("other") == 0
    for past in (size, -size - 1):
        try:
            same[past]
        except IndexError:
            pass
        else:
            raise AssertionError(f"no IndexError at {past}")
    outcomes = Outcomes(range(size), Lines.of(range(size), "id-{}".format), same, [None] * size)
    assert outcomes.price_counts() == ({value: size} if size else {})


def _key(name: str, *, fresh: bool) -> str:
    """The name itself, or an equal string that is another object (as another decoder's)."""
    return "".join(list(name)) if fresh else name


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_an_answer_read_as_columns_says_what_each_entry_says(data: st.DataObject) -> None:
    """Fields missing, out of order, of other types, keys that are other objects: as one by one.

    The columns are read by the key objects of the first entry; any entry that is not what the
    common answer holds must leave the whole answer to the entry-by-entry reading.
    """
    size = data.draw(st.integers(1, 5))
    customs = OwnCustoms("run", 7, size)
    entries: list[Any] = []
    for position in range(size):
        fields = {
            "status": data.draw(st.sampled_from(["SUCCESS", "SUCCESS", "QUEUED", 1])),
            "custom_string": data.draw(st.sampled_from([customs[position], customs[0], "x"])),
            "message_id": data.draw(st.sampled_from([f"m{position}", None, 3])),
            "message_price": data.draw(st.sampled_from(["0.0792", "0.1", 0.0792, None])),
            "to": "+61411111111",
        }
        kept = data.draw(st.lists(st.sampled_from(sorted(fields)), unique=True, min_size=3))
        fresh = data.draw(st.booleans())
        entries.append({_key(name, fresh=fresh): fields[name] for name in kept})
    if data.draw(st.booleans()):
        entries = json.loads(json.dumps(entries))
    read = _all_accepted({"data": {"messages": entries}}, customs)
    common = all(
        isinstance(entry, dict)
        and {"status", "custom_string", "message_id", "message_price"} <= entry.keys()
        and entry["status"] == "SUCCESS"
        and entry["custom_string"] == customs[position]
        for position, entry in enumerate(entries)
    )
    assert (read is not None) == common
    if read is not None:
        assert list(read.ids) == [entry["message_id"] for entry in entries]
        assert list(read.prices) == [price_text(entry["message_price"]) for entry in entries]

"""Properties of identities over any input: order among equals, permutations, deletions."""

from __future__ import annotations

from collections import Counter, defaultdict

from hypothesis import given
from hypothesis import strategies as st

from clicksend_async._identity import Identities, Identity, content_hash

SMS = "send_sms"

# Few values per field, so that identical messages are common.
fields = st.fixed_dictionaries(
    {"to": st.sampled_from(["+61411111111", "+61422222222"]), "body": st.sampled_from("abc")},
    optional={
        "from": st.sampled_from(["Shop", "+61433333333"]),
        "schedule": st.sampled_from([1700000000, "1700000000"]),
        "custom_string": st.sampled_from(["", "x"]),
    },
)


@st.composite
def message(draw: st.DrawFn) -> dict[str, object]:
    """A message whose keys come in a drawn order."""
    content = draw(fields)
    keys = draw(st.permutations(list(content)))
    return {key: content[key] for key in keys}


messages = st.lists(message(), max_size=40)


def identify(rows: list[dict[str, object]]) -> list[Identity]:
    """Identify the rows of one input in order."""
    counter = Identities()
    return [counter.identify(SMS, row) for row in rows]


@given(rows=messages, data=st.data())
def test_any_permutation_gives_the_same_multiset_of_identities(
    rows: list[dict[str, object]], data: st.DataObject
) -> None:
    """Reordering the input never changes which (content, occurrence) identities exist."""
    shuffled = data.draw(st.permutations(rows))
    assert Counter(identify(rows)) == Counter(identify(shuffled))
    assert len(set(identify(rows))) == len(rows)


@given(rows=messages)
def test_occurrences_count_equals_in_input_order(rows: list[dict[str, object]]) -> None:
    """The k-th message of a content (in input order) has occurrence k."""
    seen: dict[bytes, int] = defaultdict(int)
    for row, identity in zip(rows, identify(rows), strict=True):
        content = content_hash(SMS, row)
        assert identity == Identity(content, seen[content])
        seen[content] += 1


@given(rows=messages.filter(bool), data=st.data())
def test_deleting_a_row_moves_only_its_later_twins(
    rows: list[dict[str, object]], data: st.DataObject
) -> None:
    """After a deletion, only later rows of the deleted row's content change identity."""
    gone = data.draw(st.integers(0, len(rows) - 1))
    before = identify(rows)
    after = identify(rows[:gone] + rows[gone + 1 :])
    for old, new in zip(before[:gone] + before[gone + 1 :], after, strict=True):
        if old.content != before[gone].content:
            assert old == new
        else:
            assert new.occurrence == old.occurrence - (old.occurrence > before[gone].occurrence)

"""A batch's outcomes kept as columns, and the report gathered from them, objects built when read.

Nearly every message of a bulk run is accepted, and an :class:`Accepted` is four values the
answer already holds. :class:`Outcomes` keeps a batch's accepted messages as parallel lists
(input indices, message ids, prices, custom_strings) and only the other outcomes (rejected,
unknown: few) as objects; an ``Accepted`` is built when it is read. :func:`collect` keeps the
batches as they come, counts and prices them from the columns, and the report's ``outcomes``
tuple is built the first time it is read. The run itself then makes no object per message
for the collector to walk, and a caller who reads only the counts never pays for them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from itertools import chain, repeat
from typing import Any, cast, overload

from clicksend_async._bulk._outcomes import (
    Accepted,
    BulkReport,
    DeferredOutcomes,
    Outcome,
    Rejected,
    Result,
    price_text,
    to_outcome,
    total_price,
)
from clicksend_async._errors import AccountError


class Lines(Sequence[str]):
    """A column of strings held as one text, a string to a line, split the first time it is read.

    A run keeps every accepted message's id for its report. Held as one string per batch, the
    ids of the answer are let go with it, so the memory each answer took is reused by the next
    instead of every id staying an object of its own until the report is read.
    """

    __slots__ = ("_split", "size", "text")

    def __init__(self, text: str, size: int) -> None:
        self.text = text
        self.size = size
        self._split: list[str] | None = None

    @classmethod
    def of(cls, items: Sequence[Any], get: Callable[[Any], Any]) -> Sequence[Any]:
        """Return ``get`` of each item: Lines when all are strings without line breaks, else a list.

        The text is joined straight from the items, with no list of the values made first.
        """
        try:
            text = "\n".join(map(get, items))
        except TypeError:  # a None, or a value that is not a string
            return list(map(get, items))
        if text.count("\n") != len(items) - 1:  # a break inside one, or no items at all
            return list(map(get, items))
        return cls(text, len(items))

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, position: int) -> str: ...

    @overload
    def __getitem__(self, position: slice) -> list[str]: ...

    def __getitem__(self, position: int | slice) -> str | list[str]:
        return self._lines()[position]

    def __iter__(self) -> Iterator[str]:
        return iter(self._lines())

    def _lines(self) -> list[str]:
        if self._split is None:
            self._split = self.text.split("\n")
        return self._split


class Same(Sequence[Any]):
    """A column holding one value ``size`` times, as a batch's prices usually are."""

    __slots__ = ("size", "value")

    def __init__(self, value: object, size: int) -> None:
        self.value = value
        self.size = size

    @classmethod
    def of(cls, values: Sequence[Any]) -> Sequence[Any]:
        """Return ``values`` as one value held that many times when all are equal, else as is."""
        if values and values.count(values[0]) == len(values):
            return cls(values[0], len(values))
        return values

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, position: int | slice) -> Any:  # noqa: ANN401 - the value held
        if isinstance(position, slice):
            return [self.value] * len(range(self.size)[position])
        range(self.size)[position]  # an IndexError past the end, as a list gives
        return self.value

    def __iter__(self) -> Iterator[Any]:
        return repeat(self.value, self.size)

    def count(self, value: object) -> int:
        """Return how many items equal ``value``."""
        return self.size if self.value == value else 0

    def __contains__(self, value: object) -> bool:
        return bool(self.size) and self.value == value


class Outcomes(Sequence[Outcome]):
    """One batch's outcomes in order: accepted ones as columns, the others as objects.

    Position ``p`` is ``others[p]`` when ``others`` is given and holds an outcome there, else
    ``Accepted(indices[p], ids[p], prices[p], customs[p])``.
    """

    __slots__ = ("customs", "ids", "indices", "others", "prices")

    def __init__(
        self,
        indices: Sequence[int],
        ids: Sequence[str | None],
        prices: Sequence[str | None],
        customs: Sequence[str | None],
        others: list[Outcome | None] | None = None,
    ) -> None:
        self.indices = indices
        self.ids = ids
        self.prices = prices
        self.customs = customs
        self.others = others

    @classmethod
    def of(cls, outcomes: Iterable[Outcome]) -> Outcomes:
        """Hold outcomes already built."""
        if isinstance(outcomes, Outcomes):
            return outcomes
        items: list[Outcome | None] = list(outcomes)
        blank: list[Any] = [None] * len(items)
        return cls([o.index for o in items if o is not None], blank, blank, blank, items)

    @classmethod
    def join(cls, parts: Iterable[Outcomes]) -> Outcomes:
        """Return the outcomes of ``parts`` one after another."""
        kept = [part for part in parts if part.indices]
        if len(kept) == 1:
            return kept[0]
        others = None
        if any(part.others is not None for part in kept):
            others = list(
                chain.from_iterable(
                    [None] * len(part) if part.others is None else part.others for part in kept
                )
            )
        return cls(
            list(chain.from_iterable(part.indices for part in kept)),
            list(chain.from_iterable(part.ids for part in kept)),
            list(chain.from_iterable(part.prices for part in kept)),
            list(chain.from_iterable(part.customs for part in kept)),
            others,
        )

    def without(self, positions: set[int]) -> Outcomes:
        """Return these outcomes but those at ``positions``."""
        keep = [p for p in range(len(self)) if p not in positions]
        others = self.others
        return Outcomes(
            [self.indices[p] for p in keep],
            [self.ids[p] for p in keep],
            [self.prices[p] for p in keep],
            [self.customs[p] for p in keep],
            None if others is None else [others[p] for p in keep],
        )

    def __len__(self) -> int:
        return len(self.indices)

    @overload
    def __getitem__(self, position: int) -> Outcome: ...

    @overload
    def __getitem__(self, position: slice) -> list[Outcome]: ...

    def __getitem__(self, position: int | slice) -> Outcome | list[Outcome]:
        if isinstance(position, slice):
            return list(self)[position]
        if self.others is not None:
            built = self.others[position]
            if built is not None:
                return built
        p = position
        return Accepted(self.indices[p], self.ids[p], self.prices[p], self.customs[p])

    def __iter__(self) -> Iterator[Outcome]:
        if self.others is None:
            return map(Accepted, self.indices, self.ids, self.prices, self.customs)
        return self._mixed()

    def _mixed(self) -> Iterator[Outcome]:
        columns = zip(self.indices, self.ids, self.prices, self.customs, strict=True)
        for built, (index, message_id, price, custom) in zip(
            cast("list[Outcome | None]", self.others), columns, strict=True
        ):
            yield Accepted(index, message_id, price, custom) if built is None else built

    def built(self) -> list[Outcome]:
        """Return the outcomes held as objects: the ones not accepted, and any built already."""
        if self.others is None:
            return []
        return [outcome for outcome in self.others if outcome is not None]

    def counts(self) -> tuple[int, int, int]:
        """Return how many are accepted, rejected and unknown."""
        built = self.built()
        rejected = unknown = 0
        for outcome in built:
            if isinstance(outcome, Rejected):
                rejected += 1
            elif not isinstance(outcome, Accepted):
                unknown += 1
        return len(self) - rejected - unknown, rejected, unknown

    def price_counts(self) -> Counter[str | None]:
        """Count the accepted messages by price (anything else counts as a price of None)."""
        prices = self.prices
        if prices and prices.count(prices[0]) == len(prices):
            counts = Counter({prices[0]: len(prices)})  # one price for all, as is usual
        else:
            counts = Counter(prices)
        for outcome in self.built():
            if isinstance(outcome, Accepted):
                counts[outcome.price] += 1
        return counts


EMPTY = Outcomes([], [], [], [])
_KEPT_AS_IS = {str, type(None)}


def outcomes_of(
    indices: Sequence[int],
    results: list[Result],
    messages: Sequence[dict[str, Any]],
    batch_id: str,
) -> Outcomes:
    """Turn a batch's results into outcomes, as :func:`to_outcome` does for each.

    Accepted entries, nearly all of a batch, go into the columns; a batch whose every entry says
    SUCCESS is read a column at a time, with no Python step per message.
    """
    customs = list(map(dict.get, messages, repeat("custom_string")))
    try:
        statuses = list(map(dict.get, results, repeat("status")))  # type: ignore[arg-type]
    except TypeError:  # an error or a missing entry: read one by one
        statuses = []
    if statuses and statuses.count("SUCCESS") == len(statuses):
        entries = cast("list[dict[str, Any]]", results)
        said = list(map(dict.get, entries, repeat("message_price")))
        if not _KEPT_AS_IS.issuperset(map(type, said)):
            said = [price_text(price) for price in said]
        return Outcomes(indices, list(map(dict.get, entries, repeat("message_id"))), said, customs)
    size = len(results)
    ids: list[str | None] = [None] * size
    prices: list[str | None] = [None] * size
    others: list[Outcome | None] = [None] * size
    for position, (index, result, message) in enumerate(
        zip(indices, results, messages, strict=True)
    ):
        if type(result) is dict and result.get("status") == "SUCCESS":
            ids[position] = result.get("message_id")
            prices[position] = price_text(result.get("message_price"))
        else:
            others[position] = to_outcome(index, result, message, batch_id)
    return Outcomes(indices, ids, prices, customs, others)


class _Parts(DeferredOutcomes):
    """A report's outcomes as the batches gave them, put in input order when first read."""

    def __init__(self, parts: list[Outcomes]) -> None:
        self._parts = parts

    def build(self) -> tuple[Outcome, ...]:
        slots: list[Outcome | None] = [None] * sum(map(len, self._parts))
        for part in self._parts:
            for index, outcome in zip(part.indices, part, strict=True):
                slots[index] = outcome
        if None in slots:  # pragma: no cover - would be a bug in the batching
            missing = [i for i, slot in enumerate(slots) if slot is None]
            raise AssertionError(f"no outcome for messages {missing[:10]}")
        return cast("tuple[Outcome, ...]", tuple(slots))


def report_of(run_id: str, parts: Iterable[Sequence[Outcome]]) -> BulkReport:
    """Return the report of a run's batches of outcomes, counted from their columns."""
    kept = [Outcomes.of(part) for part in parts]
    accepted = rejected = unknown = 0
    prices: Counter[str | None] = Counter()
    for part in kept:
        counts = part.counts()
        accepted += counts[0]
        rejected += counts[1]
        unknown += counts[2]
        prices.update(part.price_counts())
    outcomes = cast("tuple[Outcome, ...]", _Parts(kept))
    return BulkReport(run_id, outcomes, accepted, rejected, unknown, total_price(prices))


async def collect(stream: AsyncIterator[Sequence[Outcome]], run_id: str) -> BulkReport:
    """Gather a stream's batches of outcomes into a report in input order.

    Raises:
        AccountError: as the stream raised it, carrying the report of every outcome.

    """
    parts: list[Sequence[Outcome]] = []
    try:
        async for outcomes in stream:
            # One by one, not extend(): the batches before an AccountError go in its report.
            parts.append(outcomes)  # noqa: PERF401
    except AccountError as exc:
        exc.report = report_of(run_id, parts)
        raise
    return report_of(run_id, parts)

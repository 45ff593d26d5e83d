"""How a story flows over pages: the layout rules every document inherits.

:func:`arrange` runs inside :func:`layout.build`, so every document built
there (ours and the dues and year-end reports) follows the same rules:

- a heading (any flowable with ``keepWithNext``, e.g. the "heading" and
  "subheading" styles) never ends a page: it goes with the first lines of what
  follows, and what follows is split where its text allows (reportlab's own
  keep-with-next moves the whole next block, leaving a third of a page blank);
- a group of headings is kept together only while it is short (a quarter of a
  page); longer, it flows like body text;
- :func:`signed_ending` keeps the last paragraph with the signature block, so
  a page never holds signatures alone; it is short, so moving it leaves less
  than a quarter of a page blank.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Spacer
from reportlab.platypus.flowables import Flowable

MAX_KEEP_FRACTION = 0.25  # a page may be left at most this empty before the end
SHORT_RUN = 5  # up to this many keep-with-next lines (headings) need no measuring


class KeepHeading(Flowable):
    """Headings plus the block after them: split the block rather than move it whole.

    A light flowable of our own (reportlab's KeepTogether deep-copies the frame
    on every measurement, a sixth of the time of a 3-page minutes).
    """

    def __init__(self, heads: list[Any], body: Any) -> None:
        super().__init__()
        self.heads, self.body = heads, body
        self.parts = [*heads, body]
        self.spaceBefore = heads[0].getSpaceBefore()
        self.spaceAfter = body.getSpaceAfter()
        self._moved = False  # already sent to a fresh page once

    def _at_top(self) -> bool:
        template = getattr(getattr(self, "canv", None), "_doctemplate", None)
        return bool(getattr(getattr(template, "frame", None), "_atTop", False))

    def _layout(self, aw: float) -> list[tuple[Any, float, float]]:
        """(part, height, gap above it) for every part."""
        placed, previous = [], None
        for part in self.parts:
            _, height = part.wrap(aw, 1e6)
            gap = 0.0 if previous is None else max(previous.getSpaceAfter(),
                                                   part.getSpaceBefore())
            placed.append((part, height, gap))
            previous = part
        return placed

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._placed = self._layout(aw)
        self.width, self.height = aw, sum(h + g for _, h, g in self._placed)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for part, height, gap in self._placed:
            y -= gap + height
            part.drawOn(self.canv, 0, y)

    def split(self, aw: float, ah: float) -> list[Any]:
        placed = self._layout(aw)
        used = sum(h + g for _, h, g in placed[:-1]) + placed[-1][2] + 1
        if used < ah:
            parts = self.body.split(aw, ah - used)
            if len(parts) > 1 and not hasattr(parts[0], "frameAction"):
                return [*self.heads, *parts]
        if self._moved or self._at_top():
            return [*self.heads, self.body]  # nothing gained on a fresh page: just flow
        self._moved = True
        return []  # try again at the top of the next page


def arrange(story: Sequence[Any], width: float, frame_height: float) -> list[Any]:
    """Group every run of keep-with-next flowables with the flowable that follows."""
    result: list[Any] = []
    heads: list[Any] = []
    for flowable in story:
        if getattr(flowable, "keepWithNext", 0):
            heads.append(flowable)
            continue
        if heads:
            short = len(heads) <= SHORT_RUN or (  # a few headings are always short
                sum(h.wrap(width, frame_height)[1] for h in heads)
                < MAX_KEEP_FRACTION * frame_height)
            result += [KeepHeading(heads, flowable)] if short else [*heads, flowable]
            heads = []
        else:
            result.append(flowable)
    return result + heads


class KeepWhole(KeepHeading):
    """A short group never split: moved whole to the next page when it does not fit."""

    def split(self, aw: float, ah: float) -> list[Any]:
        if self._moved or self._at_top():
            return list(self.parts)  # taller than a page: flow after all
        self._moved = True
        return []


def signed_ending(last: Sequence[Any], block: Any, gap: float = 10) -> KeepWhole:
    """The last paragraph(s) and the signature block, never on different pages."""
    return KeepWhole([*last, Spacer(1, gap)], block)

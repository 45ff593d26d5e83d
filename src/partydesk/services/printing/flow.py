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

from reportlab.platypus import KeepTogether, Spacer
from reportlab.platypus.flowables import _listWrapOn

MAX_KEEP_FRACTION = 0.25  # a page may be left at most this empty before the end


class KeepHeading(KeepTogether):
    """Headings plus the block after them: split the block rather than move it whole."""

    def __init__(self, heads: list[Any], body: Any) -> None:
        super().__init__([*heads, body])
        self.heads, self.body = heads, body

    def split(self, aW: float, aH: float) -> list[Any]:  # noqa: N803 (reportlab's names)
        canv = getattr(self, "canv", None)
        _, used = _listWrapOn(self.heads, aW, canv)
        used += self.heads[-1].getSpaceAfter() + self.body.getSpaceBefore() + 1
        if used < aH:
            parts = self.body.split(aW, aH - used)
            if len(parts) > 1:
                return [*self.heads, *parts]
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return [*self.heads, self.body]  # nothing gained on a fresh page: just flow
        return super().split(aW, aH)


def arrange(story: Sequence[Any], width: float, frame_height: float) -> list[Any]:
    """Group every run of keep-with-next flowables with the flowable that follows."""
    result: list[Any] = []
    heads: list[Any] = []
    for flowable in story:
        if getattr(flowable, "keepWithNext", 0):
            heads.append(flowable)
            continue
        if heads:
            height = sum(h.wrap(width, frame_height)[1] for h in heads)
            short = height < MAX_KEEP_FRACTION * frame_height
            result += [KeepHeading(heads, flowable)] if short else [*heads, flowable]
            heads = []
        else:
            result.append(flowable)
    return result + heads


def signed_ending(last: Sequence[Any], block: Any, gap: float = 10) -> KeepTogether:
    """The last paragraph(s) and the signature block, never on different pages."""
    return KeepTogether([*last, Spacer(1, gap), block])

"""Where one element stands to another: which of two comes first, whether a link lies between
an element and a box around it."""

from __future__ import annotations

from selectolax.lexbor import LexborNode


def precedes(first: LexborNode, second: LexborNode, ancestor: LexborNode) -> bool:
    """Whether `first` comes before `second`, both inside `ancestor` (in different children)."""
    branches = []
    for node in (first, second):
        while node.parent is not None and node.parent.mem_id != ancestor.mem_id:
            node = node.parent
        branches.append(node.mem_id)
    sibling = ancestor.first_child
    while sibling is not None:
        if sibling.mem_id in branches:
            return sibling.mem_id == branches[0]
        sibling = sibling.next
    return False


def in_link(node: LexborNode, root: LexborNode) -> bool:
    """Whether an `<a>` lies between `node` and `root`: a card whose whole box links away."""
    current = node.parent
    while current is not None and current.mem_id != root.mem_id:
        if current.tag == "a":
            return True
        current = current.parent
    return False

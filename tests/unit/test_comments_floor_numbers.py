"""A board that numbers its posts as floors ("5F", "2 樓", and "B1F", "B2F" … under the
opening post's "GF"): a floor is never a poster's name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows.parse.comments.meta_line import read_meta_line


@pytest.mark.parametrize("floor", ["5F", "B1F", "2 樓", "3楼"])
def test_a_floor_before_a_post_s_date_names_no_one(floor):
    meta = read_meta_line(f"{floor} 2025-08-25 11:17", datetime(2025, 9, 1, tzinfo=UTC))
    assert meta is not None and meta.author is None and meta.posted_at is not None

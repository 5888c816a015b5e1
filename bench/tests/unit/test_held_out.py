"""Which pages of our comment set the pin and the reports must not name."""

from bench.article_scores import split_of
from bench.eval_comments import held_out_half


def page(split: str, host: str) -> dict[str, str]:
    return {"split": split, "url": f"https://{host}/post", "source": "owner/repo@abc"}


def test_the_hosts_fall_in_the_halves_the_cases_need() -> None:
    assert (split_of("a.example"), split_of("c.example")) == ("test", "tune")


def test_a_held_out_split_hides_its_test_half_only() -> None:
    assert held_out_half(page("fresh29", "a.example")) == "fresh29-test"
    assert held_out_half(page("fresh29", "c.example")) is None


def test_an_unread_split_hides_both_halves() -> None:
    assert held_out_half(page("fresh11", "c.example")) == "fresh11-tune"
    assert held_out_half(page("fresh12", "a.example")) == "fresh12-test"


def test_read_splits_and_the_dev_halves_are_never_hidden() -> None:
    assert held_out_half(page("fresh13", "a.example")) is None
    assert held_out_half(page("test", "a.example")) is None

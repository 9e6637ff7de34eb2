"""links.site_path: the one check of a redirect target the request names."""

from __future__ import annotations

import pytest

from feedback_app.links import RedirectTargetError, site_path
from tests.integration.test_redirects import BYPASSES, LINE_BREAKS, OUR_PAGES


@pytest.mark.parametrize("target", BYPASSES)
def test_a_target_that_is_not_a_plain_path_of_ours_gives_the_default(target):
    assert site_path(target) == "/"
    assert site_path(target, default="/r") == "/r"


@pytest.mark.parametrize("target", [*OUR_PAGES, "/p/a.b", "/staff/submissions/12", "/p/x/"])
def test_a_plain_path_of_ours_is_kept(target):
    assert site_path(target) == target


@pytest.mark.parametrize("target", LINE_BREAKS)
def test_a_line_break_is_refused_as_an_error(target):
    with pytest.raises(RedirectTargetError):
        site_path(target)


def test_no_target_gives_the_default():
    assert site_path(None) == "/"

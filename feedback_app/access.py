"""Who may open which signed-in page: decorators for views, by role.

Staff and admins work in /staff, board members in /board. A signed-in person with the wrong role
gets the kind 403 page; someone not signed in is sent to the sign-in page.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from flask import abort
from flask_login import current_user, login_required

View = TypeVar("View", bound=Callable[..., object])


def roles_required(*roles: str) -> Callable[[View], View]:
    def decorate(view: View) -> View:
        @wraps(view)
        @login_required
        def wrapped(*args: object, **kwargs: object) -> object:
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return wrapped  # type: ignore[return-value]

    return decorate


admin_required = roles_required("admin")
staff_required = roles_required("staff", "admin")
board_required = roles_required("board")

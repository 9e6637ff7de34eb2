"""Flask extensions, created unbound here and bound to an app in create_app."""

from __future__ import annotations

from flask_babel import Babel
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_talisman import Talisman
from flask_wtf import CSRFProtect

from feedback_app.models import Base
from feedback_app.ratelimits import limiter

__all__ = ["babel", "csrf", "db", "limiter", "login_manager", "migrate", "talisman"]

db = SQLAlchemy(model_class=Base)
migrate = Migrate()
csrf = CSRFProtect()
babel = Babel()
talisman = Talisman()
login_manager = LoginManager()

"""Flask extensions, created unbound here and bound to an app in create_app."""

from __future__ import annotations

from flask_babel import Babel
from flask_limiter import Limiter
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_talisman import Talisman
from flask_wtf import CSRFProtect

from feedback_app.models import Base
from feedback_app.ratelimits import client_key

db = SQLAlchemy(model_class=Base)
migrate = Migrate()
csrf = CSRFProtect()
babel = Babel()
talisman = Talisman()
login_manager = LoginManager()
# Limits are declared on the views; the storage URI comes from config (memory:// or redis://).
limiter = Limiter(key_func=client_key, default_limits=[], headers_enabled=False)

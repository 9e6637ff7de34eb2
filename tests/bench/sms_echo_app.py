"""The baseline for sms_load: a get-url handler that texts the message straight back.

It does what any Kannel application must (read the get-url, call sendsms) and nothing else: no
database, no conversation, no redaction, no receipt key.
"""

from __future__ import annotations

import os
import urllib.parse
import urllib.request

from flask import Flask, request


def create_app() -> Flask:
    app = Flask(__name__)
    sendsms = os.environ["SV_KANNEL_SENDSMS_URL"]
    login = {"username": os.environ["SV_KANNEL_USERNAME"],
             "password": os.environ["SV_KANNEL_PASSWORD"]}

    @app.get("/sms/kannel")
    def echo() -> str:
        query = urllib.parse.urlencode({**login, "to": request.args.get("from", ""),
                                        "text": "echo " + request.args.get("text", ""),
                                        "charset": "UTF-8", "coding": "0"})
        with urllib.request.urlopen(f"{sendsms}?{query}", timeout=10) as reply:  # noqa: S310
            reply.read()
        return ""

    @app.get("/")
    def ready() -> str:
        return "ok"

    return app

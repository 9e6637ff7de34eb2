"""The public change log, one entry, its Atom feed and the theme summary: no sign-in, no script.

Every number here is a public number ("fewer than 10", or floored to a multiple of 5 and read
"N or more") from this month's snapshot, and no page adds numbers up: no totals, no shares.
"""

from __future__ import annotations

import datetime as dt

from feedgen.feed import FeedGenerator
from flask import Response, abort, current_app, render_template
from flask_babel import gettext as _
from lxml import etree

from feedback_app.extensions import db
from feedback_app.labels import HELPED_NAMES
from feedback_app.links import absolute_url
from feedback_app.models import ChangeEntry
from feedback_app.providers import catalogue, requested_programme
from feedback_app.public import bp
from feedback_app.services import (
    change_effect,
    change_feedback,
    changelog,
    figure_snapshots,
    outcome_snapshots,
)
from feedback_app.services.disclosure import PUBLIC_MIN
from feedback_app.services.programmes import programmes_by_name

ATOM = "{http://www.w3.org/2005/Atom}"
ID_MAX_DIGITS = 9  # anything longer is not one of our ids (and would overflow PostgreSQL's int)


@bp.route("/changes")
def changes() -> tuple[str, int]:
    slug, programme = requested_programme()
    unknown = bool(slug) and programme is None
    entries = [] if unknown else changelog.published_entries(
        db.session, programme_id=programme.id if programme else None)
    return render_template("public/changes.html", entries=entries, programme=programme,
                           unknown=unknown,
                           programmes=programmes_by_name(db.session)), 404 if unknown else 200


@bp.route("/changes/<entry_id>")
def change(entry_id: str) -> str:
    if not entry_id.isdigit() or len(entry_id) > ID_MAX_DIGITS:
        abort(404)
    entry = changelog.published_entry(db.session, int(entry_id))  # none: the kind 404
    figures = figure_snapshots.public_figures(db.session)
    # From this month's snapshot, as every public number: the same all month.
    outcome_figures = outcome_snapshots.public_outcomes(db.session, catalogue())
    return render_template(
        "public/change.html", entry=entry,
        heard=changelog.heard_themes(db.session, entry, figures),
        quotes=changelog.shown_quotes(db.session, entry),
        tally=change_feedback.helped_tally(entry, figures), helped_names=HELPED_NAMES,
        effect=change_effect.snapshot_effect(outcome_figures.effects, catalogue(), entry),
        min_responses=change_effect.EFFECT_MIN_RESPONSES)


def _feed_entry(feed: FeedGenerator, entry: ChangeEntry) -> None:
    link = absolute_url("public.change", entry_id=entry.id)
    item = feed.add_entry(order="append")
    item.id(link)
    item.title(entry.title)
    item.link(href=link, rel="alternate", type="text/html")
    item.updated(entry.updated_at)
    item.published(entry.created_at)
    item.content(render_template("public/feed_entry.html", entry=entry,
                                 quotes=changelog.shown_quotes(db.session, entry)), type="html")


@bp.route("/changes.atom")
def changes_feed() -> Response:
    slug, programme = requested_programme()
    if slug and programme is None:
        abort(404)
    entries = changelog.published_entries(
        db.session, programme_id=programme.id if programme else None, order_by_updated=True)
    organisation = current_app.config["ORGANISATION_NAME"] or "Survivor Voice"
    args = {"programme": programme.slug} if programme else {}
    feed = FeedGenerator()
    feed.id(absolute_url("public.changes_feed", **args))
    feed.title(_("You said, we did: %(name)s", name=programme.name if programme
                 else organisation))
    feed.author(name=organisation)
    feed.link(href=absolute_url("public.changes", **args), rel="alternate",
              type="text/html")
    feed.link(href=absolute_url("public.changes_feed", **args), rel="self",
              type="application/atom+xml")
    newest = max((e.updated_at for e in entries),
                 default=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    feed.updated(newest)
    for entry in entries:
        _feed_entry(feed, entry)
    return Response(_with_entry_link_relations(feed.atom_str()),
                    mimetype="application/atom+xml")


def _with_entry_link_relations(xml: bytes) -> bytes:
    """feedgen 1.0 drops the rel and type of entry links (a shadowed variable); set them."""
    root = etree.fromstring(xml)  # our own feed, just built
    for link in root.iterfind(f"{ATOM}entry/{ATOM}link"):
        link.set("rel", "alternate")
        link.set("type", "text/html")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


@bp.route("/themes")
def themes() -> str:
    figures = figure_snapshots.public_figures(db.session)
    return render_template("public/themes.html",
                           themes=figure_snapshots.public_themes(db.session, figures),
                           public_min=PUBLIC_MIN)

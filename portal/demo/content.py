"""The demo's data files read into Python values: TOML tables, articles with TOML front matter, relative dates.

The formats are described in ``data/README.md``. Errors name the file and the value, so that an
editor who adds an article or a unit can tell what to fix.
"""

import datetime
import re
import tomllib
from pathlib import Path

from django.utils import timezone

DATA_DIR = Path(__file__).resolve().parent / "data"
FRONT_MATTER = "+++\n"
# "-3 days 07:00", "+12 days", "-1 day", "today 09:30": days from the day of seeding, then a time of day.
RELATIVE = re.compile(r"(?:today|(?P<days>[+-]\d+) days?)(?: (?P<time>\d{1,2}:\d{2}))?")


class DemoDataError(ValueError):
    """A data file that cannot be read or names something that does not exist; the message says which."""


def load(name: str) -> dict:
    """The table of ``data/<name>.toml``."""
    path = DATA_DIR / f"{name}.toml"
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except tomllib.TOMLDecodeError as error:
        raise DemoDataError(f"{path.name}: {error}") from error


def articles() -> list[dict]:
    """Every ``data/articles/*.html`` in name order: its front matter, the HTML after it as ``body``, ``file``."""
    found = []
    for path in sorted((DATA_DIR / "articles").glob("*.html")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith(FRONT_MATTER) or text.count(FRONT_MATTER) < 2:
            raise DemoDataError(f"{path.name}: an article starts with its front matter between two lines '+++'.")
        _before, front, body = text.split(FRONT_MATTER, 2)
        try:
            article = tomllib.loads(front)
        except tomllib.TOMLDecodeError as error:
            raise DemoDataError(f"{path.name}: {error}") from error
        article["body"] = body.strip()
        article["file"] = path.name
        found.append(article)
    return found


def pick(mapping: dict, key, *, what: str):
    """``mapping[key]``, or an error that names the missing ``what``."""
    try:
        return mapping[key]
    except KeyError:
        raise DemoDataError(f"unknown {what}: {key!r}") from None


def _relative(value: str) -> tuple[datetime.date, datetime.time | None]:
    match = RELATIVE.fullmatch(value.strip())
    if match is None:
        raise DemoDataError(f"not a relative date: {value!r} (write e.g. '-3 days 07:00', '+12 days' or 'today')")
    date = timezone.localdate() + datetime.timedelta(days=int(match["days"] or 0))
    return date, time_of_day(match["time"]) if match["time"] else None


def time_of_day(value: str) -> datetime.time:
    """``"07:30"`` as a time."""
    try:
        return datetime.time.fromisoformat(value.zfill(5))
    except ValueError:
        raise DemoDataError(f"not a time of day: {value!r} (write e.g. '07:30')") from None


def moment(value: str) -> datetime.datetime:
    """An aware datetime: ``"-3 days 07:00"`` is 07:00 local time three days before the day of seeding;
    without a time (``"-9 days"``) it is the moment of seeding, shifted."""
    date, time = _relative(value)
    if time is None:
        return timezone.now() + datetime.timedelta(days=(date - timezone.localdate()).days)
    return timezone.make_aware(datetime.datetime.combine(date, time))


def day(value: datetime.date | str | None) -> datetime.date | None:
    """A date: a TOML date as it is, ``"+40 days"`` from the day of seeding, or nothing."""
    if value is None or isinstance(value, datetime.date):
        return value
    date, time = _relative(value)
    if time is not None:
        raise DemoDataError(f"a date takes no time of day: {value!r}")
    return date


def at(date: datetime.date, value: str) -> datetime.datetime:
    """The aware datetime of ``date`` at ``"07:30"`` local time."""
    return timezone.make_aware(datetime.datetime.combine(date, time_of_day(value)))

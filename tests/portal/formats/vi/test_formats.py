"""Tests of portal/formats/vi/formats.py: dates and times read day, month, year, hour and minute."""

import datetime

from django.template import Context, Template


def test_datetimes_read_day_month_year_hour_minute_in_vietnam_time():
    moment = datetime.datetime(2019, 10, 9, 8, 34, tzinfo=datetime.UTC)  # 15:34 in Hà Nội
    rendered = Template('{{ moment|date:"SHORT_DATETIME_FORMAT" }}|{{ moment|date:"SHORT_DATE_FORMAT" }}').render(
        Context({"moment": moment})
    )
    assert rendered == "09/10/2019 15:34|09/10/2019"

"""Tests of portal/charts.py: server-rendered SVG bar charts."""

from portal.charts import Series, horizontal_bar_chart


def test_bar_chart_draws_one_stacked_row_per_label_with_totals():
    svg = horizontal_bar_chart(
        [{"label": "Phòng GD&ĐT Lắk", "present": 30, "absent": 10}, {"label": "Trường <b>A</b>", "present": 20}],
        [Series("present", "Có mặt"), Series("absent", "Vắng")],
        title="Điểm danh theo đơn vị",
    )
    assert svg.startswith('<svg class="chart" viewBox="0 0 640 124"')
    assert '<title id="chart-diem-danh-theo-don-vi-title">Điểm danh theo đơn vị</title>' in svg
    # The longest bar (40) fills the bar room (640 - 64 = 576): 30 → 432, 10 → 144.
    assert '<rect x="0.0" y="46" width="432.0" height="18" fill="#0b4a8b"><title>Có mặt: 30</title></rect>' in svg
    assert '<rect x="432.0" y="46" width="144.0" height="18" fill="#b3261e"><title>Vắng: 10</title></rect>' in svg
    assert '<text x="582.0" y="60" class="chart-value">40</text>' in svg
    assert "Trường &lt;b&gt;A&lt;/b&gt;" in svg  # labels are escaped


def test_bar_chart_of_nothing_is_an_empty_svg():
    svg = horizontal_bar_chart([], [Series("n", "Số lượng")], title="Trống")
    assert 'viewBox="0 0 640 36"' in svg
    assert '<rect x="0.0"' not in svg

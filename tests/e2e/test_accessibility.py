"""axe-core in Chromium on the home, category, article and search pages: no serious or critical violation."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

# Vendored from npm, used by this test only (static/vendor/axe-core/README.md).
AXE = Path(__file__).resolve().parents[2] / "static" / "vendor" / "axe-core" / "axe.min.js"

RUN_AXE = """async () => {
  const results = await axe.run(document);
  return results.violations
    .filter(v => v.impact === "serious" || v.impact === "critical")
    .map(v => ({id: v.id, impact: v.impact, targets: v.nodes.map(n => n.target.join(" "))}));
}"""


def serious_violations(page) -> list[dict]:
    """axe's serious and critical violations on the page as it stands."""
    # page.add_script_tag() would insert an inline <script>, which the site's CSP refuses;
    # evaluate() runs through DevTools, so the policy under test stays as it is.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    return page.evaluate(RUN_AXE)


def report(found: dict[str, list[dict]]) -> str:
    return "\n".join(
        f"{name}: {v['id']} ({v['impact']}) at {', '.join(v['targets'])}"
        for name, violations in found.items()
        for v in violations
    )


@pytest.fixture(params=["phone_page", "desktop_page"])
def screen(request):
    """The page on a phone, then on a desktop: the layouts differ (folded menu, side column)."""
    return request.getfixturevalue(request.param)


def test_reading_pages_have_no_serious_or_critical_violations(screen, reading_site):
    page = screen
    pages = {
        "home": "/",
        "category": reading_site["category"].get_absolute_url(),
        "article": reading_site["lead_story"].get_absolute_url(),
        "search": "/tim-kiem/?q=truyen+thong",
    }
    found = {}
    for name, url in pages.items():
        page.goto(url, wait_until="networkidle")  # the rating's stars appear after a fetch
        found[name] = serious_violations(page)
    assert not any(found.values()), report(found)

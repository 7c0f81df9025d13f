"""The sharing report (Reports → Sharing): its figures against known counts, the period asked
for, the CSV export, the charts, who may see it, and a flat number of queries."""

import csv
import datetime
import io
import re
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from sharing.charts import ChartRow, ChartText, bar_chart, column_chart
from sharing.models import Network, ShareCount
from sharing.report_csv import safe_cell
from sharing.reports import Period, default_period, parse_period, sharing_report
from stories.models import Relation
from tests.factories import ContributorFactory, StoryPageFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def speaks(user, language: str) -> None:
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture(autouse=True)
def english():
    # The site speaks French by default; the assertions read the catalogue's English messages.
    # (A request through the admin speaks its user's language: see `english_admin`.)
    with translation.override("en"):
        yield


@pytest.fixture
def english_admin(admin_user):
    speaks(admin_user, "en")


SVG = "{http://www.w3.org/2000/svg}"
# Session, user and profile; the report's two; the admin menu's locales and pages.
QUERIES_PER_PAGE = 8
QUERIES_PER_CSV = 5
MARCH = {"from": "2025-03-03", "to": "2025-03-30"}
MARCH_PERIOD = Period(datetime.date(2025, 3, 3), datetime.date(2025, 3, 30))
# What the counts below add up to in March 2025: (shares, visits).
EXPECTED = {
    "total": {"": (15, 40)},
    "week": {
        "2025-03-03": (5, 20),
        "2025-03-10": (5, 13),
        "2025-03-17": (4, 1),
        "2025-03-24": (1, 6),
    },
    "network": {
        "x": (5, 26),
        "linkedin": (5, 13),
        "facebook": (4, 1),
        "bluesky": (0, 0),
        "email": (1, 0),
    },
    "decade": {"1920": (4, 1), "1960": (8, 29), "1980": (3, 4), "2000": (0, 6)},
    "theme": {"innovation": (11, 33), "greves": (8, 29), "formule": (4, 1), "": (0, 6)},
    "relation": {
        "employee": (3, 4),
        "alumnus": (8, 29),
        "retiree": (0, 0),
        "client": (4, 1),
        "partner": (0, 0),
        "other": (0, 0),
        "": (0, 6),
    },
}


@pytest.fixture
def shared_stories(story_index, themes):
    """Four stories (decades, themes, relations differ) and their counts around March 2025."""
    innovation, greves = themes
    formula = ThemeFactory(name='=HYPERLINK("http://evil.example")', slug="formule")

    def story(year, story_themes, relation):
        contributor = ContributorFactory(relation=relation) if relation else None
        return StoryPageFactory(
            parent=story_index, year=year, themes=story_themes, contributor=contributor
        )

    a = story(1965, [innovation, greves], Relation.ALUMNUS)
    b = story(1982, [innovation], Relation.EMPLOYEE)
    c = story(1923, [formula], Relation.CLIENT)
    d = story(2001, [], None)
    for shared, network, day, shares, visits in [
        (a, Network.X, "2025-03-03", 5, 20),
        (a, Network.LINKEDIN, "2025-03-12", 3, 9),
        (b, Network.LINKEDIN, "2025-03-13", 2, 4),
        (b, Network.EMAIL, "2025-03-30", 1, 0),
        (c, Network.FACEBOOK, "2025-03-18", 4, 1),
        (d, Network.X, "2025-03-25", 0, 6),
        # Just outside the period: never counted.
        (a, Network.X, "2025-03-02", 100, 100),
        (b, Network.X, "2025-03-31", 50, 50),
    ]:
        ShareCount.objects.create(
            story=shared, network=network, day=day, shares=shares, visits=visits
        )
    return [a, b, c, d]


def figures(lines) -> dict[str, tuple[int, int]]:
    return {line.code: (line.shares, line.visits) for line in lines}


def csv_figures(rows: list[list[str]]) -> dict[str, dict[str, tuple[int, int]]]:
    found: dict[str, dict[str, tuple[int, int]]] = {}
    for breakdown, code, _label, shares, visits in rows[1:]:
        found.setdefault(breakdown, {})[code] = (int(shares), int(visits))
    return found


def chart_svgs(html: str) -> list[ET.Element]:
    return [
        ET.fromstring(svg)
        for svg in re.findall(r'<svg xmlns="[^"]+" class="sharing-chart".*?</svg>', html, re.S)
    ]


def report_url(**params) -> str:
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return reverse("sharing_report") + (f"?{query}" if query else "")


# The figures


def test_the_totals_are_the_sum_of_the_counts_in_the_period(shared_stories):
    report = sharing_report(MARCH_PERIOD)
    assert (report.total.shares, report.total.visits) == EXPECTED["total"][""]


@pytest.mark.parametrize("breakdown", ["week", "network", "decade", "theme", "relation"])
def test_each_breakdown_matches_the_counts(shared_stories, breakdown):
    report = sharing_report(MARCH_PERIOD)
    assert figures(getattr(report, f"by_{breakdown}")) == EXPECTED[breakdown]


def test_a_story_in_two_themes_counts_in_each(shared_stories):
    by_theme = figures(sharing_report(MARCH_PERIOD).by_theme)
    assert by_theme["greves"] == (8, 29)
    assert by_theme["innovation"] == (8 + 3, 29 + 4)
    assert sum(shares for shares, _ in by_theme.values()) > 15


def test_the_page_shows_the_totals_and_every_figure_in_tables(admin_client, shared_stories):
    response = admin_client.get(report_url(**MARCH))
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r"<strong>15 \w+</strong>,\s*<strong>40 [\w ]+</strong>", html)
    for breakdown, expected in EXPECTED.items():
        if breakdown == "total":
            continue
        section = html.split(f'id="sharing-{breakdown}-heading"')[1].split("</section>")[0]
        for code, (shares, visits) in expected.items():
            row = section.split(f'<tr data-code="{code}">')[1].split("</tr>")[0]
            cells = re.findall(r'<td class="sharing-report__number">([^<]*)</td>', row)
            assert cells[:2] == [str(shares), str(visits)], (breakdown, code)


def test_the_page_says_how_themes_are_counted(english_admin, admin_client, shared_stories):
    html = admin_client.get(report_url(**MARCH)).content.decode()
    assert "A story in several themes counts in each of its themes" in html


def test_no_personal_data_is_on_the_page_or_in_the_csv(admin_client, shared_stories):
    contributor = shared_stories[0].contributor
    page = admin_client.get(report_url(**MARCH)).content.decode()
    exported = admin_client.get(report_url(format="csv", **MARCH)).content.decode("utf-8")
    for text in (page, exported):
        assert contributor.name not in text
        assert contributor.email not in text
        assert "@private.example.org" not in text


def test_an_empty_period_says_so(english_admin, admin_client, shared_stories):
    html = admin_client.get(report_url(**{"from": "2020-01-01", "to": "2020-01-31"})).content
    assert "No share and no visit brought were counted in this period." in html.decode()


# The period


def test_the_default_period_is_the_last_twelve_weeks():
    today = datetime.date(2025, 3, 27)  # a Thursday
    period, message = parse_period({}, today)
    assert message is None
    assert period == Period(datetime.date(2025, 1, 6), today)
    assert len(period.weeks()) == 12


def test_a_period_asked_for_is_used():
    assert parse_period(MARCH, datetime.date(2025, 6, 1)) == (MARCH_PERIOD, None)


@pytest.mark.parametrize(
    "params",
    [
        {"from": "yesterday", "to": "2025-03-30"},
        {"from": "2025-02-30", "to": "2025-03-30"},
        {"from": "20250301", "to": "2025-03-30"},
        {"from": "2025-03-01", "to": "2025-3-30"},
        {"from": "0001-01-01"},
    ],
)
def test_a_bad_date_gives_a_message_and_the_default_period(params):
    today = datetime.date(2025, 6, 1)
    period, message = parse_period(params, today)
    assert period == default_period(today)
    assert "YYYY-MM-DD" in message


def test_a_period_ending_before_it_starts_gives_a_message_and_the_default_period():
    today = datetime.date(2025, 6, 1)
    period, message = parse_period({"from": "2025-03-30", "to": "2025-03-03"}, today)
    assert period == default_period(today)
    assert "after it ends" in message


def test_a_period_over_two_years_gives_a_message_and_the_default_period():
    today = datetime.date(2025, 6, 1)
    period, message = parse_period({"from": "2023-01-01", "to": "2025-01-02"}, today)
    assert period == default_period(today)
    assert "longer than two years" in message
    two_years = {"from": "2023-01-01", "to": "2024-12-31"}
    assert parse_period(two_years, today)[1] is None


@pytest.mark.parametrize(
    "params",
    [
        {"from": "<script>alert(1)</script>"},
        {"from": "2025-03-30", "to": "2025-03-03"},
        {"from": "2015-01-01", "to": "2025-01-01"},
        {"from": "9999-12-31", "to": "0001-01-01"},
    ],
)
def test_the_page_explains_a_bad_period_and_shows_the_default_one(admin_client, params):
    response = admin_client.get(reverse("sharing_report"), params)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html
    assert "<script>alert(1)" not in html
    start = default_period(timezone.localdate()).start
    assert f'name="from" value="{start.isoformat()}"' in html


# The CSV


def test_the_csv_has_a_bom_a_header_and_every_breakdown(admin_client, shared_stories):
    response = admin_client.get(report_url(format="csv", **MARCH))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="sharing-2025-03-03-2025-03-30.csv"' in response["Content-Disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert len(rows[0]) == 5
    assert [row[0] for row in rows[1:]].count("total") == 1
    assert csv_figures(rows) == EXPECTED


def test_the_csv_guards_against_formulas(admin_client, shared_stories):
    response = admin_client.get(report_url(format="csv", **MARCH))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    theme = next(row for row in rows if row[:2] == ["theme", "formule"])
    assert theme[2] == '\'=HYPERLINK("http://evil.example")'
    for value in ("=1+1", "+33", "-2", "@SUM(A1)", "\tx"):
        assert safe_cell(value) == "'" + value
    assert safe_cell("Innovation") == "Innovation"
    assert safe_cell(12) == 12


def test_the_csv_separator_is_the_one_excel_expects_in_the_readers_language(
    admin_client, admin_user, shared_stories
):
    assert admin_client.get(report_url(format="csv", **MARCH)).content.count(b";") > 20
    speaks(admin_user, "en")
    rows = admin_client.get(report_url(format="csv", **MARCH)).content.decode("utf-8-sig")
    assert csv_figures(list(csv.reader(io.StringIO(rows)))) == EXPECTED


# The charts


def test_the_charts_are_well_formed_svg_with_a_title_and_description(admin_client, shared_stories):
    svgs = chart_svgs(admin_client.get(report_url(**MARCH)).content.decode())
    assert len(svgs) == 5
    for svg in svgs:
        title, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
        assert svg.get("role") == "img"
        assert svg.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
        assert title.text and desc.text


def test_the_weekly_chart_has_one_group_of_bars_per_week_with_their_numbers(
    admin_client, shared_stories
):
    week_chart = chart_svgs(admin_client.get(report_url(**MARCH)).content.decode())[0]
    groups = [g for g in week_chart.iter(f"{SVG}g") if g.get("class") == "chart-group"]
    assert len(groups) == 4
    for group, (shares, visits) in zip(groups, EXPECTED["week"].values(), strict=True):
        assert len(group.findall(f"{SVG}rect")) == 2
        numbers = [text.text for text in group.findall(f"{SVG}text")]
        assert numbers[:2] == [str(shares), str(visits)]


def test_chart_texts_are_escaped():
    text = ChartText("c", 'Per <theme> & "more"', "d & e", ("Shares", "Visits"))
    rows = [ChartRow("<script>&", (1, 2)), ChartRow('"quoted"', (3, 0))]
    for svg in (bar_chart(rows, text), column_chart(rows, text)):
        assert "<script>" not in svg
        root = ET.fromstring(svg)
        assert root.find(f"{SVG}title").text == 'Per <theme> & "more"'
        labels = [g.get("data-label") for g in root.iter(f"{SVG}g") if g.get("data-label")]
        assert labels == ["<script>&", '"quoted"']


def test_the_bar_chart_draws_longer_bars_for_bigger_numbers():
    rows = [ChartRow("X", (10, 0)), ChartRow("LinkedIn", (5, 20))]
    root = ET.fromstring(bar_chart(rows, ChartText("c", "t", "d", ("Shares", "Visits"))))
    widths = [float(rect.get("width")) for rect in root.iter(f"{SVG}rect") if rect.get("class")]
    # X's shares, LinkedIn's shares, LinkedIn's visits (a zero draws no bar, only its "0").
    assert widths[0] == 2 * widths[1]
    assert widths[2] == 4 * widths[1]


def test_an_empty_chart_is_still_well_formed():
    for svg in (
        bar_chart([], ChartText("c", "t", "d", ("a",))),
        column_chart([], ChartText("c", "t", "d", ("a",))),
    ):
        assert ET.fromstring(svg).tag == f"{SVG}svg"


# Who may see it


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    response = client.get(reverse("sharing_report"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_a_user_without_admin_access_is_refused(client, django_user_model):
    user = django_user_model.objects.create_user(username="visitor", password="x")
    client.force_login(user)
    for url in (report_url(), report_url(format="csv")):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_an_admin_user_who_cannot_edit_pages_is_refused(client, django_user_model):
    user = django_user_model.objects.create_user(username="translator", password="x")
    user.groups.add(Group.objects.create(name="Admin only"))
    Group.objects.get(name="Admin only").permissions.add(
        *Group.objects.get(name="Editors").permissions.filter(codename="access_admin")
    )
    client.force_login(user)
    response = client.get(report_url())
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_editors_see_the_report_and_its_menu_item(client, django_user_model, shared_stories):
    user = django_user_model.objects.create_user(username="editor", password="x")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    assert client.get(report_url(**MARCH)).status_code == 200
    assert reverse("sharing_report") in client.get(reverse("wagtailadmin_home")).content.decode()


# Queries


@pytest.mark.parametrize("story_count, days", [(3, 4), (30, 60)])
def test_the_report_costs_the_same_queries_whatever_the_data(
    admin_client, make_stories, django_assert_num_queries, story_count, days
):
    start = datetime.date(2025, 1, 6)
    networks = list(Network.values)
    ShareCount.objects.bulk_create(
        ShareCount(
            story=story,
            network=networks[(number + day) % len(networks)],
            day=start + datetime.timedelta(days=day),
            shares=day % 4,
            visits=day % 7,
        )
        for number, story in enumerate(make_stories(story_count))
        for day in range(days)
    )
    period = {"from": "2025-01-06", "to": "2025-03-30"}
    with django_assert_num_queries(2):
        sharing_report(Period(start, datetime.date(2025, 3, 30)))
    admin_client.get(report_url(**period))  # the session and the admin's own caches warmed up
    with django_assert_num_queries(QUERIES_PER_PAGE):
        assert admin_client.get(report_url(**period)).status_code == 200
    with django_assert_num_queries(QUERIES_PER_CSV):
        assert admin_client.get(report_url(format="csv", **period)).status_code == 200

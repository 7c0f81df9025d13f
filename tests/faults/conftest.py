"""The fault and load tests' figures, shown at the end of every run, passing or not: pytest hides
what a passing test prints, and the issue notes and docs/deploy.md quote these."""

import pytest

FIGURES: list[str] = []


@pytest.fixture
def report_figures(request):
    def report(line: str) -> None:
        FIGURES.append(f"{request.node.name}: {line}")

    return report


def pytest_terminal_summary(terminalreporter) -> None:
    if FIGURES:
        terminalreporter.section("fault and load figures")
        for line in FIGURES:
            terminalreporter.write_line(line)

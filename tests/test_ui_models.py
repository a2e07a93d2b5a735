"""The table models behind the panels pass Qt's model checks, and show what the core computes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from aksarc_gui.cli import reservation_rows
from aksarc_gui.planning.budget import budget
from aksarc_gui.planning.problems import Problem, Severity
from aksarc_gui.ui.panels.budget import RowsModel
from aksarc_gui.ui.panels.problems import ProblemsModel

PROBLEMS = [
    Problem("CP-3", Severity.ERROR, "clusters[0].control_plane.ip", "inside the pool"),
    Problem("LNET-1", Severity.WARNING, "logical_networks[0].address_prefix", "host bits"),
    Problem("PROXY-1", Severity.INFO, "", "proxy is inherited"),
]


def test_problems_model_passes_the_model_tester(qtmodeltester, qapp) -> None:
    model = ProblemsModel()
    model.set_problems(PROBLEMS)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3
    assert model.data(model.index(0, 1)) == "CP-3"
    assert model.data(model.index(0, 3)) == "clusters[0].control_plane.ip"
    assert model.data(model.index(1, 0)) == "Warning"
    assert not model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole).isNull()  # a severity icon


def test_problems_model_reports_only_the_rows_that_changed(qtmodeltester, qtbot) -> None:
    model = ProblemsModel()
    qtmodeltester.check(model, force_py=True)  # checks every signal below against the data
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsInserted) as inserted:
        model.set_problems(PROBLEMS[:1])
    assert inserted.args[1:] == [0, 0] and model.rowCount() == 1
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.dataChanged):
        model.set_problems(PROBLEMS[:1])  # same list: the view keeps its selection
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.set_problems(PROBLEMS)
    assert inserted.args[1:] == [1, 2]
    changed = Problem("LNET-1", Severity.ERROR, "logical_networks[0].address_prefix", "overlaps")
    with qtbot.assertNotEmitted(model.rowsInserted), qtbot.waitSignal(model.dataChanged) as rewritten:
        model.set_problems([PROBLEMS[0], changed, PROBLEMS[2]])
    assert rewritten.args[0].row() == 1 and rewritten.args[1].row() == 1
    assert model.data(model.index(1, 2)) == "overlaps"
    with qtbot.waitSignal(model.rowsRemoved) as removed:
        model.set_problems([PROBLEMS[2]])
    assert removed.args[1:] == [0, 1]
    assert model.problems() == [PROBLEMS[2]]
    model.set_problems([])
    assert model.rowCount() == 0


def test_budget_rows_model_passes_the_model_tester_and_holds_the_article_numbers(qtmodeltester, jane) -> None:
    model = RowsModel()
    model.set_rows(reservation_rows(budget(jane)))
    qtmodeltester.check(model, force_py=True)
    column = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert column == ["12", "2", "2", "3", "19"]
    model.set_rows([["a", "b"], ["1", "2"]])
    qtmodeltester.check(model, force_py=True)

"""The benchmarks' largest plans load: a bound added to the plan model must not break a benchmark unseen."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from aksarc_gui.domain.plan import MAX_CLUSTERS, MAX_NETWORKS

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(autouse=True)
def benchmarks_importable(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # they import one another by module name


def test_allocate_growth_series_stays_within_the_cluster_bound():
    import bench_allocate

    assert max(bench_allocate.SCALING_SIZES) == MAX_CLUSTERS
    assert len(bench_allocate.scaled_plan(MAX_CLUSTERS).clusters) == MAX_CLUSTERS


def test_export_growth_series_stays_within_the_network_bound(capsys):
    import export_speed

    assert len(export_speed.many_networks_plan(MAX_NETWORKS).logical_networks) == MAX_NETWORKS
    times = []
    monkey = export_speed.seconds
    try:
        export_speed.seconds = lambda fn, **kw: times.append(1.0) or 1.0  # the series, not the timing
        export_speed.many_networks_plan = lambda n: n
        export_speed.growth_with_networks(2 * MAX_NETWORKS)
    finally:
        export_speed.seconds = monkey
        sys.modules.pop("export_speed", None)
    out = capsys.readouterr().out
    assert f"a plan holds at most {MAX_NETWORKS} logical networks" in out
    assert f"{MAX_NETWORKS} networks" in out and len(times) == 4

"""same_plans(): results kept per plan object inside the block, never outside it."""

from __future__ import annotations

from aksarc_gui.planning.budget import budget
from aksarc_gui.planning.claims import plan_claims
from aksarc_gui.planning.memo import same_plans
from aksarc_gui.planning.sharing import colour


def test_inside_the_block_one_plan_is_computed_once(jane) -> None:
    with same_plans():
        assert budget(jane) is budget(jane)
        assert plan_claims(jane) is plan_claims(jane)
        cluster = jane.clusters[0]
        assert colour(cluster) is colour(cluster)
        assert colour(cluster, limit=3) is colour(cluster, limit=3)
        other = jane.model_copy(deep=True)
        assert budget(other) is not budget(jane) and budget(other) == budget(jane)


def test_outside_the_block_a_changed_plan_is_seen(jane) -> None:
    plan = jane.model_copy(deep=True)
    with same_plans():
        before = budget(plan)
    plan.clusters[0].node_pools[0].count += 5  # core callers may change a plan in place
    after = budget(plan)
    assert after is not before
    assert after.logical_networks[0].pool_required == before.logical_networks[0].pool_required + 5


def test_a_kept_store_carries_results_for_unchanged_objects_and_drops_the_rest(jane) -> None:
    from aksarc_gui.planning.memo import Kept

    kept = Kept()
    old, new = jane, jane.model_copy(deep=True)
    with same_plans(kept):
        a, b = plan_claims(old), plan_claims(new)
    with same_plans(kept):  # the next block asks about `old` only
        assert plan_claims(old) is a
    with same_plans(kept):
        again = plan_claims(new)
        assert again is not b and again == b  # not used in the block before: dropped, computed again
    assert {id(obj) for obj, _ in kept.entries.values()} == {id(new)}

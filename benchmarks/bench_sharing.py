"""How long LB-4's exact count takes (planning/sharing.py), on ordinary and on hard clusters.

Prints, per case, the services, instances, the count, whether it is proven, and the time of one
uncached colouring.  Ordinary clusters (a handful of services) take well under a millisecond;
the random dense ones are the worst the bounded search meets (its work limit keeps them under
about half a second on a slow machine).

Run:  python benchmarks/bench_sharing.py
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aksarc_gui.domain.plan import MAX_SERVICE_INSTANCES, Cluster, Service, ServicePort  # noqa: E402
from aksarc_gui.planning import sharing  # noqa: E402


def cluster(services: list[tuple[int, set[int]]]) -> Cluster:
    return Cluster(name="c", logical_network="n", services=[
        Service(name=f"s{i}", instances=n, ports=[ServicePort(port=p + 1) for p in sorted(ports)])
        for i, (n, ports) in enumerate(services)])


def timed(name: str, c: Cluster) -> float:
    sharing._colour.cache_clear()
    start = time.perf_counter()
    found = sharing.colour(c)
    took = time.perf_counter() - start
    print(f"{name:<34} services {len(c.services):>4}  instances {sum(s.instances for s in c.services):>6}  "
          f"count {found.count:>5} (min {found.lower:>5}, {'exact' if found.exact else 'bound'})  {took * 1000:8.1f} ms")
    return took


def main() -> None:
    rng = random.Random(7)
    timed("article example", cluster([(3, {443}), (1, {80})]))
    timed("ports triangle", cluster([(1, {80, 443}), (1, {443, 8080}), (1, {8080, 80})]))
    timed("500 services, 1000 ports", cluster([(rng.randint(1, 3), set(rng.sample(range(1000), 2)))
                                                for _ in range(500)]))
    timed("tripled ring of 7", cluster([(3, {i, (i + 1) % 7}) for i in range(7)]))
    timed("one service at the 9999 limit", cluster([(MAX_SERVICE_INSTANCES, {80}), (5, {80, 81})]))
    worst = max(timed(f"dense random #{k}", cluster([(rng.randint(1, 4), set(rng.sample(range(1, 30), 3)))
                                                      for _ in range(rng.randint(20, 60))])) for k in range(10))
    print(f"worst dense random: {worst * 1000:.0f} ms")


if __name__ == "__main__":
    main()

"""Which service instances may share a load balancer address, and how few addresses they need (LB-4).

Each instance of a service is one Kubernetes service of type LoadBalancer.  Two
instances cannot share an address when they expose a common (port, protocol),
when they are instances of the same service, or when either service is marked
``shares_ip: false``; all other pairs may share (MetalLB's allow-shared-ip).
The fewest addresses is the chromatic number of that conflict graph: the largest
number of instances on one port is only a lower bound (services A {80, 443},
B {443, 8080} and C {8080, 80} pairwise conflict and need three addresses).

The graph is a union of cliques (all instances of a service are alike), so the
search runs on services, with bit masks for address sets:

- a lower bound from the heaviest clique of services (weight = instances);
- an upper bound from greedy DSatur;
- when they differ, DSatur with branch and bound, instances of one service
  taking increasing addresses (they are interchangeable, so this loses no
  colouring and removes their permutations).

The search is bounded (``WORK_LIMIT`` steps per cluster, ``SEARCH_DEPTH`` instances per
group of conflicting services): a plan too large for it gets the best colouring
found, reported as an upper bound (``exact`` False).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from aksarc_gui.domain.plan import Cluster
from aksarc_gui.planning.memo import per_object

WORK_LIMIT = 20_000  # search steps per cluster: at most about half a second on a slow machine
SEARCH_DEPTH = 400  # instances in one group of conflicting services beyond which only the bounds are used

Slot = tuple[int, int]  # (service index, instance number from 1)


@dataclass(frozen=True, slots=True)
class Colouring:
    """Addresses the services of one cluster need, and which address (0-based slot) each instance takes."""

    count: int  # addresses needed (exact when ``exact``, else the best found)
    lower: int  # proven minimum
    exact: bool
    slots: dict[Slot, int]
    clique: tuple[int, ...]  # service indexes of the heaviest clique found: why ``lower`` holds

    def sharing(self) -> dict[int, list[int]]:
        """Address slot -> indexes of the services whose instances share it (only slots with two or more)."""
        by_slot: dict[int, set[int]] = {}
        for (service, _), slot in self.slots.items():
            by_slot.setdefault(slot, set()).add(service)
        return {slot: sorted(services) for slot, services in sorted(by_slot.items()) if len(services) > 1}


def port_set(cluster: Cluster, index: int) -> frozenset[tuple[object, ...]]:
    """The (port, protocol) keys of a service; a service without ports gets a key of its own."""
    service = cluster.services[index]
    if not service.ports:
        return frozenset({("service", index)})
    return frozenset((p.port, p.protocol) for p in service.ports)


def conflicts(cluster: Cluster) -> list[set[int]]:
    """For each service, the other services whose instances may not share an address with its instances."""
    return conflicts_of(tuple((s.instances, port_set(cluster, i), s.shares_ip) for i, s in enumerate(cluster.services)))


def conflicts_of(key: tuple[tuple[int, frozenset[tuple[object, ...]], bool], ...]) -> list[set[int]]:
    adj: list[set[int]] = [set() for _ in key]
    for i, (_, ports_i, shares_i) in enumerate(key):
        for j in range(i + 1, len(key)):
            _, ports_j, shares_j = key[j]
            if not shares_i or not shares_j or ports_i & ports_j:
                adj[i].add(j)
                adj[j].add(i)
    return adj


class _Budget:
    def __init__(self, limit: int) -> None:
        self.left = limit

    def spend(self) -> bool:
        self.left -= 1
        return self.left >= 0


def _components(adj: list[set[int]], nodes: list[int]) -> list[list[int]]:
    seen: set[int] = set()
    out: list[list[int]] = []
    for start in nodes:
        if start in seen:
            continue
        stack, part = [start], []
        seen.add(start)
        while stack:
            v = stack.pop()
            part.append(v)
            for w in adj[v]:
                if w not in seen:
                    seen.add(w)
                    stack.append(w)
        out.append(sorted(part))
    return out


def _heaviest_clique(nodes: list[int], adj: list[set[int]], weight: list[int], seed: list[int],
                     work: _Budget) -> list[int]:
    """Branch and bound for the clique of largest total weight; ``seed`` is a clique to beat."""
    best = list(seed)
    best_w = sum(weight[v] for v in best)

    def grow(clique: list[int], clique_w: int, candidates: list[int]) -> None:
        nonlocal best, best_w
        if clique_w > best_w:
            best, best_w = list(clique), clique_w
        left = sum(weight[u] for u in candidates)  # what the candidates could still add
        for k, v in enumerate(candidates):
            if clique_w + left <= best_w or not work.spend():
                return
            left -= weight[v]
            grow(clique + [v], clique_w + weight[v], [u for u in candidates[k + 1:] if u in adj[v]])

    grow([], 0, sorted(nodes, key=lambda v: (-weight[v], v)))
    return best


class _Search:
    """DSatur over services: each step gives the next instance of one service an address.

    What a service may not take (``near``: addresses of conflicting services) is kept up to
    date as addresses are given and taken back, so choosing the next service is one pass.
    """

    def __init__(self, nodes: list[int], adj: list[set[int]], weight: list[int], work: _Budget) -> None:
        self.nodes, self.adj, self.weight, self.work = nodes, adj, weight, work
        self.done = {v: 0 for v in nodes}  # instances given an address so far
        self.mask = {v: 0 for v in nodes}  # addresses taken by the service's instances
        self.top = {v: -1 for v in nodes}  # highest address of the service so far
        self.near = {v: 0 for v in nodes}  # addresses taken by conflicting services
        self.hits: dict[int, dict[int, int]] = {v: {} for v in nodes}  # address -> conflicting instances on it
        self.waiting = {v: sum(weight[w] for w in adj[v]) + weight[v] for v in nodes}  # instances still to place
        self.remaining = sum(weight[v] for v in nodes)

    def blocked(self, v: int) -> int:
        return self.mask[v] | self.near[v]

    def pick(self) -> int | None:
        """The service whose next instance is most constrained (DSatur), ties by conflicting instances left."""
        best, key = None, None
        for v in self.nodes:
            if self.done[v] == self.weight[v]:
                continue
            k = (self.blocked(v).bit_count(), self.waiting[v], -v)
            if key is None or k > key:
                best, key = v, k
        return best

    def put(self, v: int, c: int) -> tuple[int, int]:
        undo = (self.mask[v], self.top[v])
        self.mask[v] |= 1 << c
        self.top[v] = max(self.top[v], c)
        self.done[v] += 1
        self.waiting[v] -= 1
        self.remaining -= 1
        for w in self.adj[v]:
            hits = self.hits[w]
            hits[c] = hits.get(c, 0) + 1
            self.near[w] |= 1 << c
            self.waiting[w] -= 1
        return undo

    def take_back(self, v: int, c: int, undo: tuple[int, int]) -> None:
        self.mask[v], self.top[v] = undo
        self.done[v] -= 1
        self.waiting[v] += 1
        self.remaining += 1
        for w in self.adj[v]:
            hits = self.hits[w]
            hits[c] -= 1
            if not hits[c]:
                del hits[c]
                self.near[w] &= ~(1 << c)
            self.waiting[w] += 1

    def masks(self) -> dict[int, int]:
        return dict(self.mask)

    def greedy(self) -> dict[int, int]:
        """DSatur by whole services: the most constrained service takes its lowest free addresses.

        Only for the first bound: it does not keep ``hits`` (nothing is taken back), so a
        service of many instances costs a few operations on its mask, not one per instance.
        """
        while (v := self.pick()) is not None:
            count = self.weight[v] - self.done[v]
            new = _lowest_free_bits(self.blocked(v), count)
            self.mask[v] |= new
            self.top[v] = self.mask[v].bit_length() - 1
            self.done[v] += count
            self.waiting[v] -= count
            self.remaining -= count
            for w in self.adj[v]:
                self.near[w] |= new
                self.waiting[w] -= count
        return self.masks()


def _lowest_free_bits(blocked: int, count: int) -> int:
    """A mask of the ``count`` lowest addresses not in ``blocked``."""
    top = blocked.bit_length()
    free = ~blocked & ((1 << top) - 1)
    out = 0
    while count and free:
        low = free & -free
        out |= low
        free ^= low
        count -= 1
    return out | (((1 << count) - 1) << top)


def _colour_component(nodes: list[int], adj: list[set[int]], weight: list[int], seed: list[int],
                      work: _Budget) -> tuple[dict[int, int], int, bool, list[int]]:
    """(address mask per service, proven minimum, exact, clique) for one connected component."""
    clique = _heaviest_clique(nodes, adj, weight, seed, work)
    lower = sum(weight[v] for v in clique)
    best = _Search(nodes, adj, weight, work).greedy()
    best_count = max(m.bit_length() for m in best.values())
    if best_count == lower:
        return best, lower, True, clique
    if sum(weight[v] for v in nodes) > SEARCH_DEPTH:
        return best, lower, False, clique  # one search step per instance: too deep to search
    search = _Search(nodes, adj, weight, work)

    def descend(used: int) -> bool:
        """False when the work limit stops the search."""
        nonlocal best, best_count
        if search.remaining == 0:
            best, best_count = search.masks(), used
            return True
        if not work.spend():
            return False
        v = search.pick()
        assert v is not None
        blocked = search.blocked(v)
        for c in range(search.top[v] + 1, min(used + 1, best_count - 1)):
            if blocked >> c & 1:
                continue
            undo = search.put(v, c)
            finished = descend(max(used, c + 1))
            search.take_back(v, c, undo)
            if not finished:
                return False
            if best_count == lower:
                return True
        return True

    complete = descend(0)
    return best, lower, complete, clique


def _seed_clique(key: tuple[tuple[int, frozenset[tuple[object, ...]], bool], ...], nodes: list[int]) -> list[int]:
    """The services on the busiest (port, protocol) of a component: a clique, the old count."""
    groups: dict[tuple[object, ...], list[int]] = {}
    for v in nodes:
        for port in key[v][1]:
            groups.setdefault(port, []).append(v)
    weight = [instances for instances, _, _ in key]
    return max(groups.values(), key=lambda g: (sum(weight[v] for v in g), [-v for v in g]), default=[])


@per_object
def colour(cluster: Cluster, limit: int = WORK_LIMIT) -> Colouring:
    """The fewest load balancer addresses for the cluster's services, and the address of each instance.

    Only instances, ports and ``shares_ip`` matter, so results are kept by those: the budget
    is counted on every edit, and a hard colouring is searched once.
    """
    key = tuple((s.instances, port_set(cluster, i), s.shares_ip) for i, s in enumerate(cluster.services))
    return _colour(key, limit)


@lru_cache(maxsize=256)
def _colour(key: tuple[tuple[int, frozenset[tuple[object, ...]], bool], ...], limit: int) -> Colouring:
    if not key:
        return Colouring(0, 0, True, {}, ())
    adj = conflicts_of(key)
    weight = [instances for instances, _, _ in key]
    work = _Budget(limit)
    masks: dict[int, int] = {}
    lower, exact, clique = 0, True, ()
    for part in _components(adj, list(range(len(key)))):
        part_masks, part_lower, part_exact, part_clique = _colour_component(
            part, adj, weight, _seed_clique(key, part), work)
        masks.update(part_masks)
        exact = exact and part_exact
        if part_lower > lower:
            lower, clique = part_lower, tuple(sorted(part_clique))
    slots = _canonical(masks, len(key))
    count = max(slots.values(), default=-1) + 1
    return Colouring(count, lower, exact, slots, clique)


def _canonical(masks: dict[int, int], services: int) -> dict[Slot, int]:
    """Instances in document order, addresses numbered by first use: the first service starts at address 0."""
    renumber: dict[int, int] = {}
    out: dict[Slot, int] = {}
    for s in range(services):
        bits = bin(masks[s])[:1:-1]  # least significant first
        positions = (c for c, bit in enumerate(bits) if bit == "1")
        for instance, c in enumerate(positions, start=1):
            out[(s, instance)] = renumber.setdefault(c, len(renumber))
    return out

"""The proxy bypass list (NO_PROXY) AKS Arc needs, from Learn's Azure Local proxy page.

Source: "Configure proxy settings for Azure Local" (azure-local/manage/configure-proxy-settings-23h2),
section "Configure proxy settings for Environment Variables": the environment variables are the
settings Arc Resource Bridge and AKS use, and every AKS Arc cluster inherits them.  Their bypass
list must hold, besides the machines' own names: ``localhost``; the management (infrastructure)
IPs or the whole management subnet; the subnets of the AKS clusters; ``.svc``,
``kubernetes.default.svc`` and ``.svc.cluster.local``; and ``10.0.0.0/8``, ``172.16.0.0/12`` and
``192.168.0.0/16``, which Azure Local adds by itself when they are missing (so they always count
as present here).  Syntax: entries separated by commas, subnets in CIDR notation, no ``*``
wildcard (a leading dot instead: ``.contoso.com``), no ``<local>``; the proxy URLs are
``http://host:port``, without user name or password, and not in a ``.local`` domain.
Everything works on ranges, never on single addresses of a network.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from netaddr import AddrFormatError, IPNetwork

from aksarc_gui.domain.ipv4 import is_ascii_number
from aksarc_gui.domain.plan import SERVICE_CIDR, Plan, Proxy

#: Names the bypass list must hold for Kubernetes service traffic and the node itself.
REQUIRED_NAMES = ("localhost", ".svc", "kubernetes.default.svc", ".svc.cluster.local")
#: Subnets Azure Local adds to the bypass list by itself when they are missing.
AUTOMATIC_NETWORKS = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
#: Shown first in a suggested list, as in Learn's example.
LOOPBACK = "127.0.0.1"


@dataclass(frozen=True, slots=True)
class Need:
    """A range the bypass list must cover, and the entry that covers it."""

    kind: str  # "host", "infra", "lnet", "pod" or "service"
    name: str  # the host address, network or cluster name ("" for infra and service)
    first: int
    last: int
    entry: str  # CIDR (or address) to add when it is not covered
    path: str  # the plan field it comes from


def _net(text: str) -> tuple[int, int] | None:
    """(first, last) of an IPv4 address or CIDR entry; None for a name (or anything else)."""
    text = text.strip()
    if not text or not is_ascii_number(text[0]):
        return None
    try:
        net = IPNetwork(text, version=4)
    except (AddrFormatError, ValueError, TypeError):
        return None
    return int(net.first), int(net.last)


def _covered(first: int, last: int, spans: list[tuple[int, int]]) -> bool:
    at = first
    for lo, hi in sorted(spans):
        if lo > at:
            break
        at = max(at, hi + 1)
        if at > last:
            return True
    return at > last


def needs(plan: Plan) -> list[Need]:
    """The address ranges of this plan that the bypass list must cover."""
    out: list[Need] = []
    mgmt = plan.management_network
    if mgmt is not None:
        prefix = mgmt.address_prefix.cidr
        for i, host in enumerate(mgmt.host_ips):
            out.append(Need("host", str(host), int(host), int(host), str(prefix),
                            f"management_network.host_ips[{i}]"))
        pool = mgmt.infra_ip_pool
        if pool is not None and int(pool.start) <= int(pool.end):
            out.append(Need("infra", "", int(pool.start), int(pool.end), str(prefix),
                            "management_network.infra_ip_pool"))
    for n, net in enumerate(plan.logical_networks):
        cidr = net.address_prefix.cidr
        out.append(Need("lnet", net.name, int(cidr.first), int(cidr.last), str(cidr),
                        f"logical_networks[{n}].address_prefix"))
    for c, cluster in enumerate(plan.clusters):
        cidr = cluster.pod_cidr.cidr
        out.append(Need("pod", cluster.name, int(cidr.first), int(cidr.last), str(cidr),
                        f"clusters[{c}].pod_cidr"))
    service = IPNetwork(SERVICE_CIDR)
    out.append(Need("service", "", int(service.first), int(service.last), SERVICE_CIDR, ""))
    return out


def entry_spans(entries: list[str]) -> list[tuple[int, int]]:
    """The address ranges the entries bypass, with the subnets Azure Local adds by itself."""
    spans = [s for s in (_net(e) for e in entries) if s is not None]
    spans += [s for s in (_net(e) for e in AUTOMATIC_NETWORKS) if s is not None]
    return spans


def missing_names(entries: list[str]) -> list[str]:
    have = {e.strip().lower() for e in entries}
    return [name for name in REQUIRED_NAMES if name not in have]


def missing_needs(plan: Plan, entries: list[str]) -> list[Need]:
    spans = entry_spans(entries)
    return [need for need in needs(plan) if not _covered(need.first, need.last, spans)]


def bad_entries(entries: list[str]) -> list[tuple[str, str]]:
    """(entry, why) for every entry the environment variable's syntax does not allow."""
    out: list[tuple[str, str]] = []
    for entry in entries:
        text = entry.strip()
        if not text:
            out.append((entry, "empty"))
        elif "," in text or any(ch.isspace() for ch in text):
            out.append((entry, "separator"))
        elif text.lower() == "<local>":
            out.append((entry, "local"))
        elif "*" in text:
            out.append((entry, "asterisk"))
        elif is_ascii_number(text[0]) and "/" in text and _net(text) is None:
            out.append((entry, "cidr"))
    return out


def wildcard_replacement(entry: str) -> str:
    """What a ``*`` entry becomes: ``*.contoso.com`` -> ``.contoso.com``, ``192.168.1.*`` -> ``192.168.1.0/24``."""
    text = entry.strip()
    parts = text.split(".")
    if parts and parts[-1] == "*" and all(is_ascii_number(p) for p in parts[:-1]) and 1 <= len(parts) - 1 <= 3:
        octets = parts[:-1]
        bits = 8 * len(octets)
        return ".".join(octets + ["0"] * (4 - len(octets))) + f"/{bits}"
    return "." + text.lstrip("*.") if text.lstrip("*.") else ""


def url_problem(url: str) -> str:
    """Why a proxy URL is not of the form Azure Local takes ('' when it is): see the module doc."""
    text = url.strip()
    if not text:
        return "empty"
    if not text.lower().startswith("http://"):
        return "scheme"
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return "port"
    if parts.username or parts.password:
        return "credentials"
    host = (parts.hostname or "").lower()
    if not host:
        return "host"
    if host.endswith(".local"):
        return "local"
    if port is None:
        return "port"
    return ""


def bypass_list(plan: Plan) -> list[str]:
    """A complete bypass list for this plan: the required names, the plan's entries, then what they lack.

    The automatic subnets are written out, so the string pasted is the list in effect;
    entries with a ``*`` are left out and their supported form added instead.
    """
    proxy = plan.platform.proxy or Proxy()
    kept = [e.strip() for e in proxy.no_proxy if e.strip() and not any(e == b for b, _ in bad_entries([e]))]
    out: list[str] = []

    def add(entry: str) -> None:
        if entry and entry.lower() not in {o.lower() for o in out}:
            out.append(entry)

    for name in ("localhost", LOOPBACK, *REQUIRED_NAMES[1:]):
        add(name)
    for entry in kept:
        add(entry)
    # the plan's own subnets are written out even where a private range covers them: the list
    # then says what it is for, as Learn's example does (192.168.1.0/24 beside 192.168.0.0/16)
    spans = [s for s in (_net(e) for e in out) if s is not None]
    for need in needs(plan):
        if not _covered(need.first, need.last, spans):
            add(need.entry)
            spans.append(_net(need.entry) or (need.first, need.last))
    for entry in AUTOMATIC_NETWORKS:
        add(entry)
    for entry in proxy.no_proxy:
        for bad, why in bad_entries([entry]):
            if why == "asterisk":
                add(wildcard_replacement(bad))
    return out


def bypass_string(plan: Plan) -> str:
    return ",".join(bypass_list(plan))

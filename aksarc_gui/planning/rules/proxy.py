"""PROXY-2: the bypass list lacks what AKS Arc needs; PROXY-3: proxy settings Azure Local does not take.

Only with ``platform.proxy`` set.  Both are warnings: the proxy is set when Azure
Local is deployed and cannot be changed afterwards, so the plan records it rather
than decides it; a wrong one is fixed before deployment, or by redeploying.
The facts and their source are in ``planning.proxy``.
"""

from __future__ import annotations

from collections.abc import Iterator

from aksarc_gui.i18n import translate
from aksarc_gui.planning import proxy as bypass
from aksarc_gui.planning.problems import Problem
from aksarc_gui.planning.rules.context import RuleContext


def _need_text(need: bypass.Need) -> str:
    if need.kind == "host":
        return translate("Rules", "management host {ip}").format(ip=need.name)
    if need.kind == "infra":
        return translate("Rules", "the infrastructure IP pool")
    if need.kind == "lnet":
        return translate("Rules", "logical network {name}").format(name=need.name)
    if need.kind == "pod":
        return translate("Rules", "the pod CIDR of {cluster}").format(cluster=need.name)
    return translate("Rules", "the service CIDR")


def check(ctx: RuleContext) -> Iterator[Problem]:
    proxy = ctx.plan.platform.proxy
    if proxy is None:
        return
    yield from _urls(ctx, proxy.http_proxy, proxy.https_proxy)
    entries = list(proxy.no_proxy)
    for index, entry in enumerate(entries):
        for _, why in bypass.bad_entries([entry]):
            yield ctx.problem("PROXY-3", f"platform.proxy.no_proxy[{index}]", _entry_text(entry, why))
    names = bypass.missing_names(entries)
    lacking = bypass.missing_needs(ctx.plan, entries)
    if not names and not lacking:
        return
    to_add: list[str] = list(names)
    for need in lacking:
        if need.entry not in to_add:
            to_add.append(need.entry)
    what = [f"'{n}'" for n in names] + [f"{_need_text(n)} ({n.entry})" for n in lacking]
    yield ctx.problem("PROXY-2", "platform.proxy.no_proxy", translate(
        "Rules", "The proxy bypass list (NO_PROXY) lacks what AKS Arc needs: {what}. Add {entries} before Azure Local "
                 "is deployed; the proxy settings cannot be changed afterwards (a wrong list means redeploying).").format(
        what=", ".join(what), entries=",".join(to_add)), related=[n.path for n in lacking if n.path])


def _entry_text(entry: str, why: str) -> str:
    if why == "asterisk":
        return translate("Rules", "The bypass entry '{entry}' uses '*', which the NO_PROXY list does not support: "
                                  "write {fix} instead.").format(entry=entry, fix=bypass.wildcard_replacement(entry))
    if why == "local":
        return translate("Rules", "The bypass entry '<local>' is not supported in the NO_PROXY list: name the "
                                  "hosts or subnets instead (e.g. localhost).")
    if why == "separator":
        return translate("Rules", "The bypass entry '{entry}' holds a comma or a space: give each host or subnet "
                                  "as an entry of its own.").format(entry=entry)
    if why == "cidr":
        return translate("Rules", "The bypass entry '{entry}' is not a valid IPv4 subnet in CIDR notation "
                                  "(e.g. 192.168.1.0/24).").format(entry=entry)
    return translate("Rules", "The bypass list has an empty entry: remove it.")


def _urls(ctx: RuleContext, http: str, https: str) -> Iterator[Problem]:
    for field, url in (("http_proxy", http), ("https_proxy", https)):
        why = bypass.url_problem(url)
        if not why:
            continue
        path = f"platform.proxy.{field}"
        if why == "empty":
            text = translate("Rules", "The proxy has no {field}: Azure Local sets both HTTP_PROXY and HTTPS_PROXY, "
                                      "e.g. http://proxy.contoso.com:8080.").format(field=field)
        elif why == "credentials":
            text = translate("Rules", "The proxy URL '{url}' holds a user name or password: Azure Local does not "
                                      "support authenticated proxies.").format(url=url)
        elif why == "local":
            text = translate("Rules", "The proxy URL '{url}' is in a .local domain, which Azure Local does not "
                                      "support: use its IP address or another name.").format(url=url)
        else:
            text = translate("Rules", "The proxy URL '{url}' is not of the form Azure Local takes, http:// with the "
                                      "host and the port, e.g. http://proxy.contoso.com:8080.").format(url=url)
        yield ctx.problem("PROXY-3", path, text)

"""Proxy: PROXY-2 (what the bypass list lacks) and PROXY-3 (syntax Azure Local does not take); the bypass string."""

from __future__ import annotations

import pytest

from aksarc_gui.planning.problems import Severity
from aksarc_gui.planning.proxy import bypass_list, bypass_string
from rule_helpers import check, of_rule, one, plan_of, silent

COMPLETE = ["localhost", "127.0.0.1", ".svc", "kubernetes.default.svc", ".svc.cluster.local",
            "192.168.100.0/24", "10.220.32.0/24"]


def _proxy(data, no_proxy, http="http://proxy.contoso.com:8080", https="http://proxy.contoso.com:8080"):
    data["platform"]["proxy"] = {"http_proxy": http, "https_proxy": https, "no_proxy": no_proxy}


def test_proxy_2_no_proxy_in_the_plan_is_silent(jane_data):
    assert silent(jane_data, "PROXY-2") and silent(jane_data, "PROXY-3")


def test_proxy_2_a_complete_list_is_fine(jane_data):
    _proxy(jane_data, COMPLETE)
    assert silent(jane_data, "PROXY-2") and silent(jane_data, "PROXY-3")


def test_proxy_2_private_subnets_count_as_present_because_azure_local_adds_them(jane_data):
    # 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16 are added by Azure Local when missing:
    # jane's networks all lie in them, so only the names are needed
    _proxy(jane_data, ["localhost", ".svc", "kubernetes.default.svc", ".svc.cluster.local"])
    assert silent(jane_data, "PROXY-2")


def test_proxy_2_missing_names_are_a_warning_listing_what_to_add(jane_data):
    _proxy(jane_data, ["localhost", "kubernetes.default.svc"])
    p = one(jane_data, "PROXY-2")
    assert (p.severity, p.path) == (Severity.WARNING, "platform.proxy.no_proxy")
    assert "'.svc'" in p.message and "'.svc.cluster.local'" in p.message and "'localhost'" not in p.message
    assert "Add .svc,.svc.cluster.local before Azure Local is deployed" in p.message


def test_proxy_2_a_public_logical_network_must_be_listed(jane_data):
    net = jane_data["logical_networks"][0]
    net.update(address_prefix="100.64.32.0/24", gateway="100.64.32.1", dns_servers=["100.64.32.16"],
               ip_pool={"start": "100.64.32.18", "end": "100.64.32.38"})
    for c, ip in zip(jane_data["clusters"], ("100.64.32.40", "100.64.32.41")):
        c["control_plane"]["ip"] = ip
    jane_data["clusters"][0]["load_balancer"]["addresses"] = ["100.64.32.50-100.64.32.52"]
    _proxy(jane_data, ["localhost", ".svc", "kubernetes.default.svc", ".svc.cluster.local"])
    p = one(jane_data, "PROXY-2")
    assert "logical network aks-lnet-01 (100.64.32.0/24)" in p.message and "Add 100.64.32.0/24 " in p.message
    assert p.related == ("logical_networks[0].address_prefix",)
    # a wider subnet covers it; a narrower one (boundary: one address short) does not
    _proxy(jane_data, ["localhost", ".svc", "kubernetes.default.svc", ".svc.cluster.local", "100.64.0.0/16"])
    assert silent(jane_data, "PROXY-2")
    _proxy(jane_data, ["localhost", ".svc", "kubernetes.default.svc", ".svc.cluster.local", "100.64.32.0/25",
                       "100.64.32.128/26", "100.64.32.192/27", "100.64.32.224/28", "100.64.32.240/29",
                       "100.64.32.248/30", "100.64.32.252/31", "100.64.32.254"])
    assert "100.64.32.0/24" in one(jane_data, "PROXY-2").message
    _proxy(jane_data, ["localhost", ".svc", "kubernetes.default.svc", ".svc.cluster.local", "100.64.32.0/25",
                       "100.64.32.128/25"])
    assert silent(jane_data, "PROXY-2")


def test_proxy_2_a_pod_cidr_outside_the_private_ranges_must_be_listed(jane_data):
    jane_data["clusters"][1]["pod_cidr"] = "100.70.0.0/16"
    _proxy(jane_data, ["localhost", ".svc", "kubernetes.default.svc", ".svc.cluster.local"])
    p = one(jane_data, "PROXY-2")
    assert "the pod CIDR of cluster-b (100.70.0.0/16)" in p.message
    assert p.related == ("clusters[1].pod_cidr",)


@pytest.mark.parametrize(("entry", "fix"), [("*.contoso.com", "write .contoso.com instead"),
                                            ("192.168.1.*", "write 192.168.1.0/24 instead")])
def test_proxy_3_asterisk_entries_name_the_supported_form(jane_data, entry, fix):
    _proxy(jane_data, [*COMPLETE, entry])
    p = one(jane_data, "PROXY-3")
    assert (p.severity, p.path) == (Severity.WARNING, f"platform.proxy.no_proxy[{len(COMPLETE)}]")
    assert fix in p.message


@pytest.mark.parametrize(("entry", "words"), [("<local>", "'<local>' is not supported"),
                                              ("node1,node2", "an entry of its own"),
                                              ("10.0.0.0/33", "not a valid IPv4 subnet"),
                                              ("", "empty entry")])
def test_proxy_3_other_entries_the_variable_does_not_take(jane_data, entry, words):
    _proxy(jane_data, [*COMPLETE, entry])
    assert words in one(jane_data, "PROXY-3").message


@pytest.mark.parametrize(("url", "words"), [
    ("https://proxy.contoso.com:8443", "http:// with the host and the port"),
    ("http://proxy.contoso.com", "http:// with the host and the port"),
    ("http://user:secret@proxy.contoso.com:8080", "authenticated proxies"),
    ("http://proxy.contoso.local:8080", ".local domain"),
    ("", "has no http_proxy"),
])
def test_proxy_3_proxy_urls_azure_local_does_not_take(jane_data, url, words):
    _proxy(jane_data, COMPLETE, http=url)
    p = one(jane_data, "PROXY-3")
    assert p.path == "platform.proxy.http_proxy" and words in p.message


def test_proxy_3_a_proper_url_with_an_ip_address_is_fine(jane_data):
    _proxy(jane_data, COMPLETE, http="http://192.168.1.250:8080", https="http://192.168.1.250:8080")
    assert silent(jane_data, "PROXY-3")


def test_the_bypass_string_is_complete_for_the_plan_and_passes_proxy_2(jane_data):
    _proxy(jane_data, ["*.contoso.com", "node1"])
    text = bypass_string(plan_of(jane_data))
    entries = text.split(",")
    for needed in ("localhost", ".svc", "kubernetes.default.svc", ".svc.cluster.local", "192.168.100.0/24",
                   "10.220.32.0/24", "10.244.0.0/16", "10.96.0.0/12", "10.0.0.0/8", "172.16.0.0/12",
                   "192.168.0.0/16", "node1", ".contoso.com"):
        assert needed in entries
    assert "*.contoso.com" not in entries and len(entries) == len(set(entries)) and " " not in text
    _proxy(jane_data, entries)
    assert silent(jane_data, "PROXY-2") and silent(jane_data, "PROXY-3")


def test_the_bypass_list_without_a_proxy_still_says_what_one_would_need(jane):
    assert bypass_list(jane)[:5] == ["localhost", "127.0.0.1", ".svc", "kubernetes.default.svc", ".svc.cluster.local"]


def test_proxy_rules_keep_the_sample_plan_clean(jane_data):
    _proxy(jane_data, COMPLETE)
    assert not [p for p in check(jane_data) if p.severity is not Severity.INFO]
    assert of_rule(check(jane_data), "PROXY-1")

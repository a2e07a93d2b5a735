"""The az commands: only documented flags, every plan parameter, the right steps."""

from __future__ import annotations

import shlex

import pytest

from aksarc_gui.export.commands import SSH_KEY_ARGS, render_script, steps
from aksarc_gui.export.render import renderer_for
from aksarc_gui.export.script_model import Command
from tests.export_plans import full_featured, load

# az global arguments (az-cli reference: --subscription in section 1, --query and --output in section 4).
GLOBAL = {"--subscription", "--query", "--output"}
# Flags per subcommand, exactly as the az-cli reference lists them (sections 1 to 4 and the header).
ALLOWED = {
    "extension add": {"--name", "--upgrade"},
    "stack-hci-vm network lnet create": {
        "--custom-location", "--name", "--resource-group", "--location", "--vm-switch-name",
        "--ip-allocation-method", "--address-prefixes", "--gateway", "--dns-servers", "--ip-pool-start",
        "--ip-pool-end", "--vlan", "--tags"},
    "aksarc create": {
        "--custom-location", "--name", "--resource-group", "--vnet-ids", "--control-plane-ip",
        "--control-plane-count", "--control-plane-vm-size", "--node-count", "--node-vm-size",
        "--kubernetes-version", "--pod-cidr", "--load-balancer-count", "--aad-admin-group-object-ids",
        "--generate-ssh-keys", "--ssh-key-value", "--enable-azure-rbac", "--enable-ahub", "--nodepool-labels",
        "--tags", "--location", "--no-wait", "--validate",
        # the first node pool's autoscaler: Learn auto-scale-aks-arc, "Enable the cluster autoscaler on a new cluster"
        "--enable-cluster-autoscaler", "--min-count", "--max-count"},
    "aksarc nodepool add": {
        "--cluster-name", "--name", "--resource-group", "--node-count", "--node-vm-size", "--os-type", "--os-sku",
        "--labels", "--node-taints", "--max-pods", "--enable-cluster-autoscaler", "--min-count", "--max-count",
        "--tags", "--no-wait"},
    "provider register": {"--namespace", "--wait"},
    "ad sp list": {"--filter"},
    "k8s-extension create": {
        "--resource-group", "--cluster-name", "--cluster-type", "--extension-type", "--name", "--config"},
    "k8s-runtime load-balancer create": {
        "--load-balancer-name", "--resource-uri", "--addresses", "--advertise-mode", "--service-selector",
        "--bgp-peers"},
    # the show commands that guard each create (Learn CLI reference of each group)
    "stack-hci-vm network lnet show": {"--name", "--resource-group"},
    "aksarc show": {"--name", "--resource-group"},
    "aksarc nodepool show": {"--cluster-name", "--name", "--resource-group"},
    "k8s-extension show": {"--cluster-name", "--cluster-type", "--name", "--resource-group"},
    "k8s-runtime load-balancer show": {"--load-balancer-name", "--resource-uri"},
}


def bash_commands(script: str) -> list[list[str]]:
    """Every az call of a bash script, split the way bash would split it."""
    logical, current = [], ""
    for line in script.splitlines():
        line = line.strip()
        if line.startswith("#") and not current:
            continue
        if line.startswith("if az_exists az ") and not current:
            line = line.removeprefix("if az_exists ")  # the show that guards a create
        if line.endswith("; then"):
            line = line.removesuffix("; then")
        current += line[:-1] if line.endswith("\\") else line
        if not line.endswith("\\"):
            logical.append(current)
            current = ""
    out = []
    for line in logical:
        if "az " not in line:
            continue
        text = line[line.index("$(") + 2: line.rindex(")")] if "$(az " in line else line
        if text.startswith("az "):
            out.append(shlex.split(text))
    return out


def subcommand_and_flags(argv: list[str]) -> tuple[str, list[str]]:
    words = []
    for token in argv[1:]:
        if token.startswith("-"):
            break
        words.append(token)
    flags = [t.split("=", 1)[0] for t in argv if t.startswith("--")]
    return " ".join(words), flags


@pytest.mark.parametrize("variant", ["sample", "full"])
def test_every_flag_is_documented(jane_data, variant):
    data = full_featured(jane_data) if variant == "full" else jane_data
    commands = bash_commands(render_script(load(data), "bash"))
    assert len(commands) >= 13
    seen = set()
    for argv in commands:
        sub, flags = subcommand_and_flags(argv)
        assert sub in ALLOWED, f"undocumented subcommand az {sub}"
        undocumented = set(flags) - ALLOWED[sub] - GLOBAL
        assert not undocumented, f"az {sub}: {sorted(undocumented)}"
        seen.add(sub)
    assert seen == set(ALLOWED) - ({"aksarc nodepool add", "aksarc nodepool show"} if variant == "sample" else set())


def test_the_flag_parser_catches_an_undocumented_flag():
    argv = shlex.split("az aksarc create --name x --enable-unicorns")
    sub, flags = subcommand_and_flags(argv)
    assert set(flags) - ALLOWED[sub] - GLOBAL == {"--enable-unicorns"}


def option_values(command: Command) -> dict[str, list]:
    return {o.flag: list(o.values) for o in command.options}


def commands_of(plan, words: tuple[str, ...]) -> list[Command]:
    return [c for s in steps(plan) for c in s.commands if isinstance(c, Command) and c.words == words]


def test_lnet_create_carries_every_parameter_of_the_plan(jane):
    (lnet,) = commands_of(jane, ("az", "stack-hci-vm", "network", "lnet", "create"))
    opts = option_values(lnet)
    assert opts["--ip-allocation-method"] == ["Static"]
    assert opts["--address-prefixes"] == ["10.220.32.0/24"]
    assert opts["--gateway"] == ["10.220.32.1"]
    assert opts["--dns-servers"] == ["10.220.32.16", "10.220.32.17"]
    assert opts["--ip-pool-start"] == ["10.220.32.18"]
    assert opts["--ip-pool-end"] == ["10.220.32.38"]
    assert opts["--vm-switch-name"] == ["vm-switch-01"]
    assert opts["--vlan"] == ["32"]


def test_cluster_create_and_node_pools(jane_data):
    plan = load(full_featured(jane_data))
    create_a, create_b = commands_of(plan, ("az", "aksarc", "create"))
    a = option_values(create_a)
    assert a["--control-plane-ip"] == ["10.220.32.40"]
    assert a["--control-plane-count"] == ["3"]
    assert a["--node-count"] == ["5"] and a["--node-vm-size"] == ["Standard_A4_v2"]
    assert a["--load-balancer-count"] == ["0"]
    assert a["--pod-cidr"] == ["10.250.0.0/16"]
    assert a["--kubernetes-version"] == ["1.29.4"]
    assert create_a.arg_list == SSH_KEY_ARGS  # --generate-ssh-keys, or --ssh-key-value when SSH_KEY_VALUE is set
    b = option_values(create_b)
    assert "--pod-cidr" not in b and "--kubernetes-version" not in b
    pools = [option_values(c) for c in commands_of(plan, ("az", "aksarc", "nodepool", "add"))]
    assert [(p["--name"], p["--os-type"], p.get("--os-sku")) for p in pools] == [
        (["win1"], ["Windows"], ["Windows2022"]), (["linux2"], ["Linux"], None)]


def test_release_2411_without_control_plane_ip_omits_the_flag(jane_data):
    jane_data["platform"]["release"] = "2411"
    jane_data["clusters"][1]["control_plane"]["ip"] = None
    plan = load(jane_data)
    _, create_b = commands_of(plan, ("az", "aksarc", "create"))
    assert "--control-plane-ip" not in option_values(create_b)
    assert "picks one from the logical network's IP pool" in render_script(plan, "bash")


def test_load_balancer_steps(jane_data):
    plan = load(full_featured(jane_data))
    (lb,) = commands_of(plan, ("az", "k8s-runtime", "load-balancer", "create"))
    opts = option_values(lb)
    assert opts["--addresses"] == ["10.220.32.50-10.220.32.52"]
    assert opts["--advertise-mode"] == ["BGP"]
    script = render_script(plan, "bash")
    assert "needs BGP peers" in script
    assert "external load balancer" in script and "10.220.32.60/30" in script
    assert script.count("az provider register") == 1
    assert "k8s-runtime load-balancer create" in script and script.count("--load-balancer-name") == 2  # show, create


def test_no_load_balancer_no_prerequisites(jane_data):
    jane_data["clusters"][0]["load_balancer"] = None
    script = render_script(load(jane_data), "bash")
    assert "provider register" not in script and "ad sp list" not in script


def test_plan_with_errors_gets_a_warning_at_the_top(jane_data):
    jane_data["clusters"][0]["control_plane"]["ip"] = "10.220.32.20"  # inside the pool: CP-3
    for dialect in ("bash", "powershell"):
        script = render_script(load(jane_data), dialect)
        head = script.split("==== Azure CLI extensions")[0]
        assert "WARNING: this plan has 1 error(s)" in head
        assert "#   CP-3 clusters[0].control_plane.ip:" in head


def test_clean_plan_has_no_warning(jane):
    assert "WARNING" not in render_script(jane, "bash")


def test_step_titles_and_per_step_rendering(jane):
    titles = [s.title for s in steps(jane)]
    assert titles == ["Azure CLI extensions", "Azure context", "Logical network aks-lnet-01", "Cluster cluster-a",
                      "Cluster cluster-b", "Load balancer prerequisites", "Load balancer lb-cluster-a (cluster cluster-a)"]
    text = renderer_for("bash", jane).render_step(steps(jane)[2])
    lines = text.splitlines()
    assert lines[1] == 'if [ -z "${BASH_VERSION:-}" ]; then' and lines[3] == "else"
    assert lines[4] == "# Logical network aks-lnet-01"
    assert "az stack-hci-vm network lnet create \\\n" in text


def test_render_steps_gives_each_step_its_text(jane):
    from aksarc_gui.export.commands import render_steps

    pairs = render_steps(jane, "powershell")
    assert [s.title for s, _ in pairs] == [s.title for s in steps(jane)]
    _, context = pairs[1]
    assert "$ResourceGroup = 'rg-hci'" in context


def test_comments_are_translatable(jane):
    from aksarc_gui import i18n

    i18n.set_translator(lambda ctx, text: "<<" + text + ">>" if ctx == "Scripts" else text)
    try:
        script = render_script(jane, "bash")
    finally:
        i18n.set_translator(None)
    assert "# <<Gateway, pool, prefix, VLAN and vSwitch cannot be changed after creation.>>" in script
    assert "az stack-hci-vm network lnet create" in script  # commands stay English


def test_unknown_dialect_is_refused(jane):
    with pytest.raises(ValueError, match="unknown dialect"):
        render_script(jane, "fish")

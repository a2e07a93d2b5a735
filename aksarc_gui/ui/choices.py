"""The values the editors offer in their combo boxes (az-cli facts, Learn scale requirements)."""

from __future__ import annotations

CONTROL_PLANE_VM_SIZES = ("Standard_K8S3_v1", "Standard_A4_v2", "Standard_D4s_v3", "Standard_D8s_v3")

_GPU = ("Standard_NK6", "Standard_NK12",
        "Standard_NC4_A2", "Standard_NC8_A2", "Standard_NC16_A2", "Standard_NC32_A2",
        "Standard_NC4_A16", "Standard_NC8_A16", "Standard_NC16_A16", "Standard_NC32_A16")

WORKER_VM_SIZES = ("Standard_A2_v2", "Standard_K8S3_v1", "Standard_A4_v2", "Standard_D4s_v3",
                   "Standard_D8s_v3", "Standard_D16s_v3", "Standard_D32s_v3", *_GPU)

# vCPU / GiB memory, shown beside the name
VM_SIZE_SHAPES = {
    "Standard_A2_v2": (2, 4), "Standard_K8S3_v1": (4, 6), "Standard_A4_v2": (4, 8), "Standard_D4s_v3": (4, 16),
    "Standard_D8s_v3": (8, 32), "Standard_D16s_v3": (16, 64), "Standard_D32s_v3": (32, 128),
    "Standard_NK6": (6, 12), "Standard_NK12": (12, 24),
}

RELEASES = ("2311", "2402", "2405", "2408", "2411", "2503", "2504", "2505", "2506", "2507", "2508", "2509")
OS_TYPES = ("Linux", "Windows")
ALLOCATION_METHODS = ("Static", "Dynamic")
LB_KINDS = ("metallb", "external")
ADVERTISE_MODES = ("ARP", "BGP", "Both")
PROTOCOLS = ("TCP", "UDP")
CONTROL_PLANE_COUNTS = (1, 3, 5)

MAX_NODES_PER_POOL = 64
VLAN_MAX = 4094

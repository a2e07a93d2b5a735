"""The plan document: pydantic models, IPv4 value types, load/save/migrate. No Qt."""

from aksarc_gui.domain.io import PlanLoadError, dump_plan_text, load_plan, load_plan_text, save_plan
from aksarc_gui.domain.plan import (
    AzureContext,
    Cluster,
    ControlPlane,
    IPPool,
    LoadBalancer,
    LogicalNetwork,
    ManagementNetwork,
    NodePool,
    Plan,
    Platform,
    Reservation,
    Service,
    ServicePort,
)

__all__ = [
    "AzureContext", "Cluster", "ControlPlane", "IPPool", "LoadBalancer", "LogicalNetwork",
    "ManagementNetwork", "NodePool", "Plan", "PlanLoadError", "Platform", "Reservation",
    "Service", "ServicePort", "dump_plan_text", "load_plan", "load_plan_text", "save_plan",
]

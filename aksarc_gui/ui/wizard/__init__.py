"""The New Plan wizard: describe the network, clusters and services; the planner places the addresses."""

from aksarc_gui.ui.wizard.wizard import NewPlanWizard

__all__ = ["NewPlanWizard"]

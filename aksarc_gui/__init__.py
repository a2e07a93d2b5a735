"""AKS Arc Network Planner.

Plans the IP addresses that AKS enabled by Azure Arc needs on Azure Local /
Azure Stack HCI 23H2: logical networks, control plane IPs, node pools and load
balancers, checked against Microsoft's network requirements.
"""

__version__ = "0.1.0"

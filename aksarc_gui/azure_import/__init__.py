"""Plan against what is deployed: read ``az`` CLI JSON, build or merge a plan, compare, forecast.

Qt-free. ``readers`` turns the JSON that ``az stack-hci-vm network lnet|nic``, ``az aksarc``,
``az aksarc nodepool`` and ``az k8s-runtime load-balancer`` print into a :class:`Snapshot`;
``merge`` makes plan objects marked ``deployed`` from it; ``diff`` lists where a plan and a
snapshot disagree; ``headroom`` says how much more each deployed logical network can take.
See docs/import.md.
"""

from aksarc_gui.azure_import.jsondoc import AzureReadError
from aksarc_gui.azure_import.readers import Snapshot, read_files, read_text

__all__ = ["AzureReadError", "Snapshot", "read_files", "read_text"]

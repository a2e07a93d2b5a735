"""The subnet occupancy map: a bar of the whole prefix, a zoomable grid of cells, a legend."""

from aksarc_gui.ui.occupancy_map.widget import OccupancyMapWidget

__all__ = ["OccupancyMapWidget"]

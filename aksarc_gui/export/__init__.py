"""Exports of a plan: the Excel workbook and the az command scripts. No Qt."""

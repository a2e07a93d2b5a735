"""One module per kind of workbook sheet; each writes into a worksheet it is given."""

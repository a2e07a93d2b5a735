"""The desktop front end: Qt widgets over the Qt-free core."""

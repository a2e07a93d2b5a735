"""One editor form per kind of plan item; the main window stacks them."""

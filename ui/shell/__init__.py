"""The window around every feature: main window, menus, drop, workspace switching, layout."""

"""The stylesheet template (app.qss) that ui.theme fills in for each look."""

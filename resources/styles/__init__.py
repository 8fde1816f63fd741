"""The stylesheet template (app.qss) that ui.style.theme fills in for each look."""

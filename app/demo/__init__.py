"""The demo workspace a trainer opens in class."""

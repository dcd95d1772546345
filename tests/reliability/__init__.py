"""Fault-injection and security suite (issue 9); `make reliability` prints its scoreboard."""

"""Code PLOVER events with evidence, status, date, place and forum."""

from communique.events.coder import EventCoder

__all__ = ["EventCoder"]

"""Scale out: the same pipeline on Ray (``communique ingest --ray``)."""

from communique.scale.ray_runner import run_on_ray

__all__ = ["run_on_ray"]

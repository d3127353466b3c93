"""Command-line tools that build the project's shipped resources."""

"""Thin views: each gathers what a page shows from stories.queries and renders a template."""

"""Sharing: share cards, campaign settings, and (later) ready-to-post texts, links and analytics."""

"""Time: temporal expressions normalised against the publication date, and event dating."""

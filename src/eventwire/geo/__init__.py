"""Places: toponyms resolved against an offline gazetteer, and event locations."""

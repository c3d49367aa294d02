"""Actor resolution: who the participants are (country, sector, CAMEO code, identity)."""

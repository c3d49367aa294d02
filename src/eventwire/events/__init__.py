"""Events: triggers on the dependency parse, coded to PLOVER and CAMEO, with roles and modality."""

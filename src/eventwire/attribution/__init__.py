"""Attribution: who claims what, as chains from the original claimant to the outlet."""

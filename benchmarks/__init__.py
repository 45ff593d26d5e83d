"""PartyDesk benchmarks: every figure printed beside a floor measured in the same run."""

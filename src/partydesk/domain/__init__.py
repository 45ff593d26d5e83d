"""Rules and plain data of a party cell's work: standard library only, no I/O."""

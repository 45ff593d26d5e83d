"""Bundles: signed, encrypted snapshots of a cell's register carried to its committee
on a USB stick. The format is described in docs/bundles.md."""

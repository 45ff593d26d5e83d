"""Realistic, invented Vietnamese demo data for every capability, reproducible by seed."""

"""Enzyme's API as C writes it: entry points, markers, requests, registrations, conventions."""

"""The Ministry's side: importing reports and consolidating them (no Qt)."""

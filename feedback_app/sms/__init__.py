"""The SMS channel: gateway webhooks (routes.py), gateways, the conversation and its texts."""

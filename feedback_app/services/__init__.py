"""The operations of Survivor Voice: plain functions that take a database session.

Routes and the SMS channel both call these; they own their transactions and audit records.
"""

"""The operations of Survivor Voice: plain functions that take a database session.

Routes, the CLI and the SMS channel call these. One rule for transactions holds everywhere:

- A public service function owns its transaction. It commits once, when its work is done (most
  through ``transactions.unit_of_work``), writes its audit rows in that same transaction, and
  when it fails it rolls its own work back and raises a named error.
- Its caller has no pending work of its own: routes, the CLI and the SMS webhook never add,
  change, commit or roll back anything themselves, and never write audit rows.
- Private helpers (and the shared helpers named so in their docstrings: "flushes only, the
  caller commits") only flush. A service that needs another's work calls that helper, never the
  other's public, commit-owning function, so two pieces of work that belong together (an SMS
  STOP's withdrawal and the end of its conversation, a submission and its draft) commit
  together or not at all.
- Every error a service raises is a ``errors.ServiceError`` with a typed reason (and, for a
  form, a typed field); one error handler turns the reason into a kind page.

``tests/unit/test_transaction_rules.py`` reads the source and fails on a break of any of these.
"""

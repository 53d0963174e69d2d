"""The processor register, the record of processing (art. 30) and the transfer records.

One module per use case; the window and the CLI talk to ``service.RegisterService``,
which hands each call to them:

- ``processors``: register entries (list, open, save, end, the signed agreement);
- ``activities``: the record of processing;
- ``transfers``: flows out of France / the EU (and their SCC and TIA documents);
- ``attachments``: documents kept inside the store; ``deletion``: deleting a record and
  the links that pointed at it;
- ``starters``: the entries and activities the privacy policy implies;
- ``adequacy``: the Commission's decisions (the office's copy or the shipped one);
- ``data_map``: where our data lives, by zone; ``rows`` and ``export``: the register as
  the exports print it, and the export itself;
- ``writing``: reading a row and writing it with its audit event, shared by the above;
  ``errors``: the sentences a refused save or a missing record give.

The records (``ProcessorRecord`` ...) are ``domain.register_records``; the rules that
check them ``domain.register_validation``; the starters' words ``domain.register_starters``
and ``domain.activity_starters``. Health checks: ``services.register_health``.
"""

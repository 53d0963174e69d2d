"""The personal-information file: find people, open their file, correct it, erase it.

One module per use case; the window and the CLI talk to ``service.PeopleService``, which
hands each call to them:

- ``listing``: the People list, search-as-you-type, the people to review, the search
  index's repair;
- ``person_file``: opening a file (audited) and reading it whole;
- ``exports``: the file as JSON, CSV (art. 20) and PDF (the access response's annex);
- ``creation``: new people, one or many in one transaction;
- ``corrections``: corrections with their before, after, who, when, why and request;
  ``additions``: a new contact, address, item or marketing choice;
- ``erasure``: erasing a file, leaving a tombstone; ``retention``: items kept past their
  retention end;
- ``audited``: finding a person's row and writing the audit event every use case writes;
  ``errors``: ``PersonNotFound``.

What comes in (``PersonDraft`` ...) and its checks are ``domain.person_drafts``; what goes
out (``PersonFile``, ``PersonRow``) ``domain.person_file``; the rules for phones, emails,
minors and search text ``domain.people_rules``. The search index itself is
``services.people_index``; importing customers ``services.importing``.
"""

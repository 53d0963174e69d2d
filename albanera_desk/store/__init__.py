"""The encrypted store: SQLAlchemy models, the SQLCipher engine, keys and migrations. No Qt."""

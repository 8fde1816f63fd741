"""The square's reference server (docs/sync-protocol.md): FastAPI on uvicorn, SQLAlchemy.

App processes hold no state: everything lives in the database (SQLite for one small
deployment, PostgreSQL in production) and the content-addressed file store, so the square
grows by running more processes in front of one PostgreSQL. `create_app` builds the ASGI
app; `sync.server.cli` has the command-line entry points.
"""

"""Publishing: render per section (render.py) and serve over HTTP (app.py)."""

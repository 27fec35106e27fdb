"""The site shell on top of every app: root URLs, home page, search, sitemaps, context processors."""

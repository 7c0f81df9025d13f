"""gunicorn settings for `make serve` and production (read from the working directory).

Workers: 2 per CPU + 1 (gunicorn's own advice for sync workers), unless WEB_CONCURRENCY says how
many. Logs go to the standard streams, where `make serve` labels them and systemd collects them.
"""

import multiprocessing
import os

bind = os.environ.get("BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count() + 1))
# A slow upload or a cold render must not be killed by the default 30 s.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 20
accesslog = "-"
errorlog = "-"
# Proxies (load balancer, CDN) set X-Forwarded-For; trust it from these addresses only.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

"""17 health checks against services that take ~100 ms to answer (the source document's suite
averages ~100 ms a check), one after another as pytest runs them. Needs BENCH_LATENCY_URL."""
import urllib.request

import pytest

URL = __import__("os").environ["BENCH_LATENCY_URL"]


@pytest.mark.parametrize("check", range(17))
def test_service_healthy(check):
    with urllib.request.urlopen(f"{URL}/health/{check}", timeout=5) as response:
        assert response.status == 200

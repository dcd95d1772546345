"""Fault specs of the replay server, and its loopback-only binding."""
from __future__ import annotations

import json

import pytest

from scrapers.replay import FaultRule, ReplayServer, parse_faults

pytestmark = pytest.mark.unit


def test_spec_string():
    plan = parse_faults("seed=7;travinh.gov.vn:status=503,rate=0.3,retry_after=2;*/robots.txt:latency=0.2;x.vn:loop")
    assert plan.seed == 7
    assert plan.rules[0] == FaultRule(host="travinh.gov.vn", status=503, rate=0.3, retry_after="2")
    assert plan.rules[1].path == "/robots.txt" and plan.rules[1].latency_s == 0.2
    assert plan.rules[2].loop is True


def test_json_file(tmp_path):
    f = tmp_path / "faults.json"
    f.write_text(json.dumps({"seed": 3, "rules": [{"host": "*", "giant": 1000, "charset": "iso-8859-1"}]}))
    plan = parse_faults(str(f))
    assert plan.seed == 3 and plan.rules[0].giant_bytes == 1000 and plan.rules[0].charset == "iso-8859-1"


def test_bad_specs_are_explained():
    with pytest.raises(ValueError, match="unknown fault key 'colour'"):
        parse_faults("*:colour=red")
    with pytest.raises(ValueError, match="needs HOST"):
        parse_faults("status=503")


def test_refuses_non_loopback_bind(tmp_path):
    with pytest.raises(ValueError, match="only loopback"):
        ReplayServer(tmp_path, host="0.0.0.0")

#!/usr/bin/env bash
echo "demo: pipeline not built yet" >&2

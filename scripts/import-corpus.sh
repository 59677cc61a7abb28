#!/usr/bin/env bash
# Re-imports the seven corpus texts with the flags their editions were made with. Run from the project root:
#   bash scripts/import-corpus.sh ../shared/corpus/raw --force
set -euo pipefail
raw=${1:?usage: scripts/import-corpus.sh <corpus raw dir> [--force]}
shift
imp() { npm run --silent import -- "$@"; }
imp "$raw/000_f58cb068dae3c74f.txt" "$@"
imp "$raw/001_ab8826cd696895ff.txt" --issuer-id shiwei-jiguan-gongwei "$@"
imp "$raw/002_a4f6c2c5b5ed566a.txt" "$@"
imp "$raw/003_02b517773a72edfc.txt" --issuer-id shizhengfu-jiguan "$@"
imp "$raw/004_3b564b285a44a507.txt" --issuer-id shiwei-zhengyanshi --issuer-name 市委政研室 "$@"
imp "$raw/zhongyang-guojia-jiguan-2024-excerpt.txt" --issuer-id zhongyang-guojia-jiguan --title 2024年中央和国家机关党的建设工作要点 "$@"
imp "$raw/zhongyang-guojia-jiguan-2025-excerpt.txt" "$@"

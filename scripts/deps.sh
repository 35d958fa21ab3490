#!/usr/bin/env bash
# Installs what building and testing newskg needs beyond the Rust toolchain: libclang, which Oxigraph's RocksDB
# bindings (bindgen) load at build time, and Graphviz, whose `dot` draws `newskg graph --format svg|png`.
# Debian/Ubuntu packages; a no-op when already there.
set -euo pipefail
sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
missing=()
if ! ls /usr/lib/llvm-*/lib/libclang.so* /usr/lib/x86_64-linux-gnu/libclang*.so* >/dev/null 2>&1 && [ -z "${LIBCLANG_PATH:-}" ]; then
  echo "newskg: installing libclang-dev (needed to build Oxigraph's RocksDB bindings)" >&2
  missing+=(libclang-dev)
fi
if ! command -v dot >/dev/null 2>&1; then
  echo "newskg: installing graphviz (its dot program draws newskg graph --format svg|png)" >&2
  missing+=(graphviz)
fi
if [ ${#missing[@]} -gt 0 ]; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

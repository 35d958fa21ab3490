#!/usr/bin/env bash
# Installs what building newskg needs beyond the Rust toolchain: libclang, which Oxigraph's RocksDB bindings
# (bindgen) load at build time. Debian/Ubuntu packages; a no-op when already there.
set -euo pipefail
if ! ls /usr/lib/llvm-*/lib/libclang.so* /usr/lib/x86_64-linux-gnu/libclang*.so* >/dev/null 2>&1 && [ -z "${LIBCLANG_PATH:-}" ]; then
  echo "newskg: installing libclang-dev (needed to build Oxigraph's RocksDB bindings)" >&2
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libclang-dev >/dev/null
fi
